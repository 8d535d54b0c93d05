"""macOS backends: AppleScript through osascript (values only as arguments), mdfind/open, Apple Maps URLs."""
