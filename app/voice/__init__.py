"""Push-to-talk: record from a microphone at 16 kHz mono and transcribe with faster-whisper."""
