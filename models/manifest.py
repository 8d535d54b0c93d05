"""Model manifests: what a model is, where it comes from, and what its files must hash to.

One JSON file per model. Shipped manifests live in `models/manifests/`; user-added ones (OpenAI-compatible
endpoints) in `<ERRAND_HOME>/models/manifests/`. The format is documented in `models/README.md`. Loading is
strict: a malformed manifest raises ManifestError naming the file and the field, and `load_all` turns such
errors into problems so one bad file never hides the others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from models.paths import PACKAGE_DIR, SHIPPED_MANIFESTS, user_manifests_dir

PROMPT_PROFILES = ("tinyagent", "errand-compact")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")


class Kind(StrEnum):
    PLANNER_GGUF = "planner-gguf"
    PLANNER_ENDPOINT = "planner-endpoint"
    TOOLRAG_ONNX = "toolrag-onnx"
    TOOLRAG_CHECKPOINT = "toolrag-checkpoint"  # safetensors fine-tune; convert with training/export/toolrag_onnx.py
    SPEECH_CT2 = "speech-ct2"  # faster-whisper (CTranslate2) speech model


class ManifestError(ValueError):
    """A manifest file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class ModelFile:
    path: str  # relative path, the same inside the hub repository and inside the local model folder
    size: int | None = None  # bytes, None when not recorded
    sha256: str | None = None  # lowercase hex, None when not recorded
    optional: bool = False  # absent upstream is fine (e.g. tokenizer files a repository may not carry)


@dataclass(frozen=True)
class HubSource:
    repo_id: str
    revision: str
    files: tuple[ModelFile, ...]


@dataclass(frozen=True)
class EndpointSource:
    base_url: str
    model: str
    keyring_entry: str | None = None  # name of the OS keyring entry holding the API key; never the key itself


@dataclass(frozen=True)
class Manifest:
    name: str
    kind: Kind
    description: str
    origin: Path  # the manifest file
    license: str | None = None
    ram_mb: int | None = None
    download_mb: int | None = None
    prompt_profile: str | None = None
    hub: HubSource | None = None
    local_dir: Path | None = None  # shipped models: a folder inside the repository
    files: tuple[ModelFile, ...] = ()  # shipped models: files expected in local_dir
    recipe: Path | None = None
    endpoint: EndpointSource | None = None
    notes: str = ""

    @property
    def is_planner(self) -> bool:
        return self.kind in (Kind.PLANNER_GGUF, Kind.PLANNER_ENDPOINT)

    @property
    def expected_files(self) -> tuple[ModelFile, ...]:
        return self.hub.files if self.hub else self.files


@dataclass(frozen=True)
class ManifestProblem:
    path: Path
    message: str


def _field(data: dict[str, Any], key: str, kind: type | tuple[type, ...], origin: Path, required: bool = False):
    value = data.get(key)
    if value is None:
        if required:
            raise ManifestError(f"{origin}: missing field '{key}'")
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ManifestError(f"{origin}: field '{key}' has the wrong type ({type(value).__name__})")
    return value


def _parse_file(raw: Any, origin: Path) -> ModelFile:
    if not isinstance(raw, dict):
        raise ManifestError(f"{origin}: each entry of 'files' must be an object")
    path = _field(raw, "path", str, origin, required=True)
    if path.startswith("/") or ".." in Path(path).parts:
        raise ManifestError(f"{origin}: file path '{path}' must be relative and stay inside the model folder")
    sha256 = _field(raw, "sha256", str, origin)
    if sha256 is not None and not _SHA256.fullmatch(sha256):
        raise ManifestError(f"{origin}: sha256 of '{path}' is not 64 lowercase hex digits")
    size = _field(raw, "size", int, origin)
    return ModelFile(path, size, sha256, bool(raw.get("optional", False)))


def _parse_files(data: dict[str, Any], origin: Path) -> tuple[ModelFile, ...]:
    raw = _field(data, "files", list, origin) or []
    return tuple(_parse_file(entry, origin) for entry in raw)


def parse_manifest(data: Any, origin: Path) -> Manifest:
    if not isinstance(data, dict):
        raise ManifestError(f"{origin}: a manifest is a JSON object")
    name = _field(data, "name", str, origin, required=True)
    if not _NAME.fullmatch(name):
        raise ManifestError(f"{origin}: name '{name}' may only hold lowercase letters, digits, '.', '_' and '-'")
    try:
        kind = Kind(_field(data, "kind", str, origin, required=True))
    except ValueError:
        raise ManifestError(f"{origin}: kind must be one of {', '.join(k.value for k in Kind)}") from None
    profile = _field(data, "prompt_profile", str, origin)
    if profile is not None and profile not in PROMPT_PROFILES:
        raise ManifestError(f"{origin}: prompt_profile must be one of {', '.join(PROMPT_PROFILES)}")
    if kind in (Kind.PLANNER_GGUF, Kind.PLANNER_ENDPOINT) and profile is None:
        raise ManifestError(f"{origin}: a planner needs a prompt_profile ({', '.join(PROMPT_PROFILES)})")
    hub = endpoint = local_dir = recipe = None
    if (raw_hub := _field(data, "hub", dict, origin)) is not None:
        hub = HubSource(_field(raw_hub, "repo_id", str, origin, required=True),
                        _field(raw_hub, "revision", str, origin) or "main", _parse_files(raw_hub, origin))
        if not hub.files:
            raise ManifestError(f"{origin}: 'hub' lists no files")
    if (raw_endpoint := _field(data, "endpoint", dict, origin)) is not None:
        endpoint = EndpointSource(_field(raw_endpoint, "base_url", str, origin, required=True),
                                  _field(raw_endpoint, "model", str, origin, required=True),
                                  _field(raw_endpoint, "keyring_entry", str, origin))
    if (raw_local := _field(data, "local_dir", str, origin)) is not None:
        local_dir = (PACKAGE_DIR / raw_local).resolve()
    if (raw_recipe := _field(data, "recipe", str, origin)) is not None:
        recipe = (PACKAGE_DIR / raw_recipe).resolve()
    sources = [s for s in (hub, endpoint, local_dir) if s is not None]
    if len(sources) != 1:
        raise ManifestError(f"{origin}: give exactly one of 'hub', 'endpoint' or 'local_dir'")
    if (kind is Kind.PLANNER_ENDPOINT) != (endpoint is not None):
        raise ManifestError(f"{origin}: kind planner-endpoint goes with an 'endpoint' source, and only it")
    return Manifest(
        name=name, kind=kind, description=_field(data, "description", str, origin) or "", origin=origin,
        license=_field(data, "license", str, origin), ram_mb=_field(data, "ram_mb", int, origin),
        download_mb=_field(data, "download_mb", int, origin), prompt_profile=profile, hub=hub,
        local_dir=local_dir, files=_parse_files(data, origin) if local_dir else (), recipe=recipe,
        endpoint=endpoint, notes=_field(data, "notes", str, origin) or "",
    )


def load_manifest(path: Path) -> Manifest:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ManifestError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return parse_manifest(data, path)


def _manifest_files(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob("*.json")) if folder.is_dir() else []
    except OSError:
        return []


def load_all(folders: Iterable[Path] | None = None) -> tuple[list[Manifest], list[ManifestProblem]]:
    """Every manifest, shipped first; a bad or duplicate manifest becomes a problem instead of an exception."""
    manifests: dict[str, Manifest] = {}
    problems: list[ManifestProblem] = []
    for folder in folders if folders is not None else (SHIPPED_MANIFESTS, user_manifests_dir()):
        if folder.exists() and not folder.is_dir():
            problems.append(ManifestProblem(folder, f"{folder} is not a folder; move it away so manifests can load"))
            continue
        for path in _manifest_files(folder):
            try:
                manifest = load_manifest(path)
            except ManifestError as exc:
                problems.append(ManifestProblem(path, str(exc)))
                continue
            if manifest.name in manifests:
                problems.append(ManifestProblem(path, f"{path}: name '{manifest.name}' is already used by "
                                                      f"{manifests[manifest.name].origin}; this one is ignored"))
                continue
            manifests[manifest.name] = manifest
    return list(manifests.values()), problems


def find(name: str, manifests: Iterable[Manifest]) -> Manifest | None:
    return next((m for m in manifests if m.name == name), None)
