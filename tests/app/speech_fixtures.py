"""Builds the local test speech model and test audio (no downloads): a tiny random Whisper converted to
CTranslate2 int8, and speech rendered by espeak-ng at 22.05 kHz then converted with sox."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

SPECIALS = ["<|endoftext|>", "<|startoftranscript|>", "<|translate|>", "<|transcribe|>", "<|startoflm|>",
            "<|startofprev|>", "<|nocaptions|>", "<|notimestamps|>"]


def build_tiny_whisper(folder: Path) -> Path:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GenerationConfig, PreTrainedTokenizerFast, WhisperConfig, WhisperForConditionalGeneration

    hf_dir, ct2_dir = folder / "hf", folder / "ct2"
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    corpus = ["remind me to call the dentist tomorrow", "send an email to alice about the meeting"] * 50
    tokenizer.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=1000, show_progress=False,
                                                               initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tokenizer.add_special_tokens(SPECIALS + [f"<|{i * 0.02:.2f}|>" for i in range(1501)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<|endoftext|>",
                                   bos_token="<|endoftext|>", pad_token="<|endoftext|>", unk_token="<|endoftext|>")
    fast.save_pretrained(hf_dir)
    ids = {name: tokenizer.token_to_id(name) for name in SPECIALS}
    eot, sot = ids["<|endoftext|>"], ids["<|startoftranscript|>"]
    config = WhisperConfig(
        vocab_size=tokenizer.get_vocab_size(), num_mel_bins=80, d_model=64, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=128, decoder_ffn_dim=128,
        decoder_start_token_id=sot, eos_token_id=eot, pad_token_id=eot, bos_token_id=eot,
        suppress_tokens=[], begin_suppress_tokens=[eot], max_target_positions=448, max_source_positions=1500,
    )
    torch.manual_seed(0)  # the same random weights, hence the same (meaningless) text, on every run
    model = WhisperForConditionalGeneration(config)
    model.generation_config = GenerationConfig(
        decoder_start_token_id=sot, eos_token_id=eot, pad_token_id=eot, bos_token_id=eot,
        no_timestamps_token_id=ids["<|notimestamps|>"], suppress_tokens=[], begin_suppress_tokens=[eot],
    )
    model.save_pretrained(hf_dir)
    converter = Path(sys.executable).with_name("ct2-transformers-converter")
    subprocess.run([str(converter), "--model", str(hf_dir), "--output_dir", str(ct2_dir),
                    "--copy_files", "tokenizer.json", "--quantization", "int8"], check=True, capture_output=True)
    return ct2_dir


def speak(folder: Path, text: str, rate: int) -> Path:
    """Speech by espeak-ng (22.05 kHz), converted by sox to `rate` Hz mono 16-bit."""
    raw, out = folder / "espeak.wav", folder / f"speech-{rate}.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), text], check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", str(rate), "-c", "1", "-b", "16", str(out)], check=True, capture_output=True)
    return out


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as wav:
        frames = wav.readframes(wav.getnframes())
        return np.frombuffer(frames, dtype=np.int16).astype(np.float32) / 32768.0, wav.getframerate()
