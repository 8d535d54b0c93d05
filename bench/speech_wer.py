"""How well does speech recognition on a fresh install hear Errand's requests, and what does that cost the plans?

    .venv/bin/python bench/speech_wer.py [--data ../shared/eval/dev.jsonl] [--limit N] [--out runs/speech_wer]

Each request is rendered in its speech-style form (agent.measure.speech_style: lower case, numbers and times in
words, file names and addresses kept) by espeak-ng (voice en-us, default speed), converted to 16 kHz mono 16-bit
by sox (the WAVs are cached in the out folder, named by a hash of the text), and transcribed by each system:
pocketsphinx with its general English model, pocketsphinx with Errand's request language model
(models/default/speech/errand-requests.lm, built by training/speech/lm.py) and faster-whisper when a model is
installed (app.gui.installed_models.speech_model()).
Word error rate is counted against the speech-style text (lower case, punctuation stripped: a file name the
recogniser can only hear as words counts as errors for every system alike), with seconds per utterance for the
decoding alone. Each system's transcripts are then written as a copy of the data with "query" replaced and
planned by `errand eval`; the speech-style text itself (`errand eval --speech-style`) is the upper bound.

espeak-ng is a robotic voice, far from real speakers: for pocketsphinx, whose acoustic model was trained on human
speech, these figures are lower bounds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.measure.speech_style import speech_style
from app.voice.errors import NothingHeard
from app.voice.recorder import SPEECH_RATE, Recording

ROOT = Path(__file__).resolve().parents[1]

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
VOICE = "en-us"  # pocketsphinx's acoustic model is US English (also better than espeak-ng's default on 8 generated
# requests; no eval item chose it)
SUMMARY = re.compile(r"success=(\S+).*args_key=(\S+) args_all=(\S+)")

Transcribe = Callable[[Recording], str]


@dataclass
class SystemResult:
    name: str
    transcripts: list[str] = field(default_factory=list)
    edits: int = 0
    reference_words: int = 0
    seconds: float = 0.0
    plans: str = ""  # graph/key/all from errand eval
    is_reference: bool = False  # the speech-style text itself, no recogniser

    @property
    def wer(self) -> float:
        return self.edits / self.reference_words if self.reference_words else 0.0

    @property
    def seconds_per_utterance(self) -> float:
        return self.seconds / len(self.transcripts) if self.transcripts else 0.0


# --- word error rate ----------------------------------------------------------------------------------------------

def words(text: str) -> list[str]:
    """Lower case, punctuation stripped (apostrophes inside words kept: "what's")."""
    return re.sub(r"[^\w\s']|(?<!\w)'|'(?!\w)", " ", text.lower()).split()


def edit_distance(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Substitutions + deletions + insertions turning the reference into the hypothesis (Levenshtein on words)."""
    previous = list(range(len(hypothesis) + 1))
    for i, expected in enumerate(reference, start=1):
        current = [i]
        for j, heard in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (expected != heard)))
        previous = current
    return previous[-1]


# --- audio --------------------------------------------------------------------------------------------------------

def render(text: str, folder: Path) -> Path:
    """espeak-ng's reading of the text as 16 kHz mono int16, cached by the text's hash."""
    wav = folder / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:20]}.wav"
    if not wav.is_file():
        raw = wav.with_suffix(".espeak.wav")
        subprocess.run(["espeak-ng", "-v", VOICE, "-w", str(raw), "--stdin"], input=text, text=True, check=True,
                       capture_output=True)
        subprocess.run(["sox", str(raw), "-r", str(SPEECH_RATE), "-c", "1", "-b", "16", str(wav)], check=True,
                       capture_output=True)
        raw.unlink()
    return wav


def read_wav(path: Path) -> Recording:
    with wave.open(str(path), "rb") as audio:
        if audio.getframerate() != SPEECH_RATE or audio.getnchannels() != 1 or audio.getsampwidth() != 2:
            raise ValueError(f"{path} is not 16 kHz mono int16")
        pcm = np.frombuffer(audio.readframes(audio.getnframes()), dtype="<i2")
    return Recording(pcm.astype(np.float32) / 32768.0)


# --- systems ------------------------------------------------------------------------------------------------------

def systems(log: Callable[[str], None]) -> dict[str, Transcribe]:
    """The recognisers this install can run, loaded (loading is not timed)."""
    from app.gui.installed_models import speech_model
    from app.voice.sphinx import DOMAIN_LM, SphinxTranscriber
    from app.voice.transcriber import Transcriber

    found: dict[str, Transcribe] = {}
    generic = SphinxTranscriber(None)
    generic.load()
    found["pocketsphinx generic"] = generic.transcribe
    if DOMAIN_LM.is_file():
        domain = SphinxTranscriber(DOMAIN_LM)
        domain.load()
        found["pocketsphinx + Errand LM"] = domain.transcribe
    else:
        log(f"pocketsphinx + Errand LM: skipped, {DOMAIN_LM} is missing (python -m training.speech.lm)")
    model = speech_model()
    if model is None:
        log("faster-whisper: skipped, no speech model is installed (app.gui.installed_models.speech_model() is "
            "None; download one in Models)")
    else:
        whisper = Transcriber(model)
        whisper.load()
        found[f"faster-whisper ({model.name})"] = whisper.transcribe
    return found


def transcribe(transcriber: Transcribe, recording: Recording) -> tuple[str, float]:
    started = time.perf_counter()
    try:
        text = transcriber(recording)
    except NothingHeard:
        text = ""
    return text, time.perf_counter() - started


# --- end to end ---------------------------------------------------------------------------------------------------

def write_copy(items: list[dict[str, object]], queries: list[str] | None, path: Path) -> Path:
    """The items as JSONL, with "query" replaced when queries are given."""
    with path.open("w", encoding="utf-8") as out:
        for index, item in enumerate(items):
            line = {**item, "query": queries[index]} if queries is not None else item
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def plan_figures(data: Path, *extra: str) -> str:
    """graph/key/all from the last line of `errand eval` on the file."""
    result = subprocess.run([sys.executable, "-m", "app.cli", "eval", "--data", str(data), *extra], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    last = (result.stdout.strip().splitlines() or [""])[-1]
    match = SUMMARY.search(last)
    if result.returncode != 0 or match is None:
        return f"eval failed: {(result.stderr.strip().splitlines() or [last])[-1]}"
    return "/".join(f"{100 * float(value):.1f}" for value in match.groups())


# --- the run ------------------------------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/speech_wer.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEV, help="eval items (JSONL with query and gold plan)")
    parser.add_argument("--limit", type=int, help="only the first N items (default all)")
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "speech_wer", help="WAV cache and transcripts")
    parser.add_argument("--no-eval", action="store_true", help="word error rates only, no planning")
    return parser.parse_args(argv)


def load_items(path: Path, limit: int | None) -> list[dict[str, object]]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items[:limit] if limit else items


def run(args: argparse.Namespace, log: Callable[[str], None]) -> list[SystemResult]:
    items = load_items(args.data, args.limit)
    wavs = args.out / "wav"
    wavs.mkdir(parents=True, exist_ok=True)
    references = [speech_style(str(item["query"])) for item in items]
    started = time.perf_counter()
    recordings = [read_wav(render(text, wavs)) for text in references]
    log(f"{len(items)} utterances rendered ({time.perf_counter() - started:.0f} s, "
        f"{sum(r.seconds for r in recordings) / len(recordings):.1f} s of audio each)")
    results = []
    for name, transcriber in systems(log).items():
        result = SystemResult(name)
        for reference, recording in zip(references, recordings, strict=True):
            text, seconds = transcribe(transcriber, recording)
            result.transcripts.append(text)
            result.seconds += seconds
            result.edits += edit_distance(words(reference), words(text))
            result.reference_words += len(words(reference))
        log(f"{name}: WER {100 * result.wer:.1f} %, {result.seconds_per_utterance:.2f} s/utterance")
        results.append(result)
    slug = {result.name: re.sub(r"[^a-z0-9]+", "-", result.name.lower()).strip("-") for result in results}
    for result in results:
        (args.out / f"{slug[result.name]}.txt").write_text("\n".join(result.transcripts) + "\n", encoding="utf-8")
    if not args.no_eval:
        limited = write_copy(items, None, args.out / "items.jsonl")
        upper = SystemResult("speech-style text (upper bound)", references, is_reference=True)
        upper.plans = plan_figures(limited, "--speech-style")
        for result in results:
            result.plans = plan_figures(write_copy(items, result.transcripts, args.out / f"{slug[result.name]}.jsonl"))
            log(f"{result.name}: graph/key/all {result.plans}")
        results.append(upper)
    return results


def table(results: list[SystemResult]) -> str:
    lines = ["| system | WER | s/utterance | graph/key/all (%) |", "|---|---|---|---|"]
    for result in results:
        if result.is_reference:
            lines.append(f"| {result.name} | 0 | - | {result.plans} |")
        else:
            lines.append(f"| {result.name} | {100 * result.wer:.1f} % | {result.seconds_per_utterance:.2f} | "
                         f"{result.plans or '-'} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results = run(args, lambda line: print(line, file=sys.stderr, flush=True))
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
