"""Stand-in for kdeconnect-cli (KDE Connect 23.x), for the commands Errand uses:

  kdeconnect-cli --list-available --id-only      ids of paired, reachable devices, one per line
  kdeconnect-cli -d ID --send-sms MSG --destination NUMBER

Reachable devices come from $KDECONNECT_DEVICES (comma-separated). Like the real program (QCommandLineParser),
an option that takes a value takes the next argument whatever it looks like, and `--opt=value` also works.
Every call is recorded as {"argv": [...]} in $STANDIN_DIR/kdeconnect-cli.calls.jsonl.
"""

import json
import os
import sys
from pathlib import Path

VALUE_OPTIONS = {"-d", "--device", "--send-sms", "--destination", "-n", "--name"}
FLAGS = {"--list-available", "-a", "--id-only", "--list-devices", "-l"}


def parse(arguments):
    options, index = {}, 0
    while index < len(arguments):
        argument = arguments[index]
        name, has_value, value = argument.partition("=")
        if has_value and name in VALUE_OPTIONS:
            options[name] = value
        elif argument in VALUE_OPTIONS:
            if index + 1 >= len(arguments):
                fail(f'Missing value after "{argument}".')
            options[argument] = arguments[index + 1]
            index += 1
        elif argument in FLAGS:
            options[argument] = True
        else:
            fail(f'Unknown option "{argument}".')
        index += 1
    return options


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


def main():
    arguments = sys.argv[1:]
    with (Path(os.environ["STANDIN_DIR"]) / "kdeconnect-cli.calls.jsonl").open("a", encoding="utf-8") as sink:
        sink.write(json.dumps({"argv": arguments}) + "\n")
    options = parse(arguments)
    devices = [d for d in os.environ.get("KDECONNECT_DEVICES", "").split(",") if d]
    if options.get("--list-available") or options.get("-a"):
        for device in devices:
            print(device if options.get("--id-only") else f"- Phone: {device} (paired and reachable)")
        if not options.get("--id-only"):
            print(f"{len(devices)} devices found")
        return
    device = options.get("-d") or options.get("--device")
    if "--send-sms" in options:
        if not device:
            fail("No device specified")
        if device not in devices:
            fail(f"error: Couldn't find device with id \"{device}\".")
        if "--destination" not in options:
            fail("error: --destination <phone number> is required")
        return
    fail("Nothing to be done")


main()
