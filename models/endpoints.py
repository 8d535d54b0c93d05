"""User-added OpenAI-compatible planner endpoints, stored as manifests in the user's manifest folder.

The API key never goes into the manifest: it names the OS keyring entry that holds it.
"""

from __future__ import annotations

import json
from pathlib import Path

from models.manifest import Kind, Manifest, ManifestError, parse_manifest
from models.paths import user_manifests_dir


def save_endpoint(name: str, base_url: str, model: str, prompt_profile: str,
                  keyring_entry: str | None = None, description: str = "") -> Manifest:
    """Validate and write `<user manifests>/<name>.json`; raises ManifestError for bad values."""
    if not base_url.startswith(("http://", "https://")):
        raise ManifestError(f"endpoint URL '{base_url}' must start with http:// or https://")
    folder = user_manifests_dir()
    path = folder / f"{name}.json"
    data = {"name": name, "kind": Kind.PLANNER_ENDPOINT.value, "prompt_profile": prompt_profile,
            "description": description or f"OpenAI-compatible endpoint {base_url} ({model})",
            "endpoint": {"base_url": base_url.rstrip("/"), "model": model, "keyring_entry": keyring_entry}}
    manifest = parse_manifest(data, path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ManifestError(f"cannot write {path} ({exc.strerror or exc}): set ERRAND_HOME to a writable "
                            "folder") from None
    return manifest


def delete_endpoint(manifest: Manifest) -> Path:
    if manifest.kind is not Kind.PLANNER_ENDPOINT or manifest.origin.parent != user_manifests_dir():
        raise ManifestError(f"'{manifest.name}' is not a user-added endpoint")
    manifest.origin.unlink()
    return manifest.origin
