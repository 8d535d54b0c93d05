"""The AppleScripts Errand runs on macOS: constant text, every value arrives as an item of argv.

Each script starts with `on run argv`; shared handlers follow it. Records are separated by character id 30
and fields by character id 31 (see osascript.RECORD/FIELD). Errors meant for the user use numbers 1000-1099.
"""

from __future__ import annotations

# Handlers shared by several scripts -------------------------------------------------------------------------

_MAKE_DATE = """
on makeDate(y, m, d, s)
	set theDate to current date
	set day of theDate to 1
	set year of theDate to (y as integer)
	set month of theDate to (m as integer)
	set day of theDate to (d as integer)
	set time of theDate to (s as integer)
	return theDate
end makeDate
"""

_SPLIT_LINES = """
on splitLines(theText)
	if theText is "" then return {}
	set savedDelimiters to AppleScript's text item delimiters
	set AppleScript's text item delimiters to linefeed
	set parts to text items of theText
	set AppleScript's text item delimiters to savedDelimiters
	return parts
end splitLines
"""

_JOIN_RECORDS = """
on joinRecords(found)
	set savedDelimiters to AppleScript's text item delimiters
	set AppleScript's text item delimiters to (character id 30)
	set answer to found as text
	set AppleScript's text item delimiters to savedDelimiters
	return answer
end joinRecords
"""

_ISO_DATE = """
on isoDate(d)
	set s to time of d
	return ((year of d) as text) & "-" & my pad((month of d) as integer) & "-" & my pad(day of d) & " " & my pad(s div 3600) & ":" & my pad((s mod 3600) div 60) & ":" & my pad(s mod 60)
end isoDate

on pad(n)
	return text -2 thru -1 of ("0" & (n as text))
end pad
"""

_ALIASES = """
on aliasesOf(theText)
	set found to {}
	repeat with onePath in my splitLines(theText)
		set end of found to (POSIX file (onePath as text)) as alias
	end repeat
	return found
end aliasesOf
"""

_CLEAN = """
on clean(theText)
	if theText is missing value then return ""
	set savedDelimiters to AppleScript's text item delimiters
	set AppleScript's text item delimiters to {character id 30, character id 31}
	set parts to text items of (theText as text)
	set AppleScript's text item delimiters to " "
	set cleaned to parts as text
	set AppleScript's text item delimiters to savedDelimiters
	return cleaned
end clean
"""

# Contacts ---------------------------------------------------------------------------------------------------

CONTACTS_ALL = """on run argv
	set found to {}
	tell application "Contacts"
		repeat with somebody in every person
			set fullName to name of somebody
			if fullName is missing value then set fullName to ""
			set givenName to first name of somebody
			if givenName is missing value then set givenName to ""
			set AppleScript's text item delimiters to linefeed
			set phoneText to (value of every phone of somebody) as text
			set emailText to (value of every email of somebody) as text
			set AppleScript's text item delimiters to ""
			set end of found to fullName & (character id 31) & givenName & (character id 31) & emailText & (character id 31) & phoneText
		end repeat
	end tell
	return my joinRecords(found)
end run
""" + _JOIN_RECORDS

CONTACTS_ADD = """on run argv
	set fullName to item 1 of argv
	set firstName to item 2 of argv
	set lastName to item 3 of argv
	set theEmail to item 4 of argv
	set thePhone to item 5 of argv
	set theMode to item 6 of argv
	tell application "Contacts"
		if theMode is "new" then
			set thePerson to make new person with properties {first name:firstName, last name:lastName}
		else
			set matching to every person whose name is fullName
			if (count of matching) is not 1 then error "Contacts no longer has exactly one person named " & fullName & "." number 1040
			set thePerson to item 1 of matching
		end if
		if theEmail is not "" then make new email at end of emails of thePerson with properties {label:"other", value:theEmail}
		if thePhone is not "" then make new phone at end of phones of thePerson with properties {label:"mobile", value:thePhone}
		save
		set personId to id of thePerson
	end tell
	return personId
end run
"""

CONTACTS_DELETE_PERSON = """on run argv
	set personId to item 1 of argv
	tell application "Contacts"
		set matching to every person whose id is personId
		if (count of matching) is 0 then error "The contact is no longer in Contacts." number 1041
		delete item 1 of matching
		save
	end tell
	return "deleted"
end run
"""

CONTACTS_REMOVE_VALUES = """on run argv
	set personId to item 1 of argv
	set theEmail to item 2 of argv
	set thePhone to item 3 of argv
	tell application "Contacts"
		set matching to every person whose id is personId
		if (count of matching) is 0 then error "The contact is no longer in Contacts." number 1041
		set thePerson to item 1 of matching
		if theEmail is not "" then delete (every email of thePerson whose value is theEmail)
		if thePhone is not "" then delete (every phone of thePerson whose value is thePhone)
		save
	end tell
	return "removed"
end run
"""

# Calendar events and reminders -----------------------------------------------------------------------------

CALENDAR_CREATE_EVENT = """on run argv
	set theTitle to item 1 of argv
	set startDate to my makeDate(item 2 of argv, item 3 of argv, item 4 of argv, item 5 of argv)
	set endDate to my makeDate(item 6 of argv, item 7 of argv, item 8 of argv, item 9 of argv)
	set theLocation to item 10 of argv
	set theNotes to item 11 of argv
	set calendarName to item 12 of argv
	set invitees to my splitLines(item 13 of argv)
	tell application "Calendar"
		if calendarName is "" then
			set targetCalendar to first calendar whose writable is true
		else
			set matching to every calendar whose name is calendarName
			if (count of matching) is 0 then error "There is no calendar named " & calendarName & " in Calendar." number 1001
			set targetCalendar to item 1 of matching
		end if
		set newEvent to make new event at end of events of targetCalendar with properties {summary:theTitle, start date:startDate, end date:endDate, location:theLocation, description:theNotes}
		repeat with oneAddress in invitees
			make new attendee at end of attendees of newEvent with properties {email:(oneAddress as text)}
		end repeat
		set eventId to uid of newEvent
		set calendarTitle to name of targetCalendar
	end tell
	return eventId & (character id 31) & calendarTitle
end run
""" + _MAKE_DATE + _SPLIT_LINES

CALENDAR_DELETE_EVENT = """on run argv
	set eventId to item 1 of argv
	set calendarName to item 2 of argv
	tell application "Calendar"
		set matching to every event of calendar calendarName whose uid is eventId
		if (count of matching) is 0 then error "The event is no longer in " & calendarName & "." number 1002
		delete item 1 of matching
	end tell
	return "deleted"
end run
"""

REMINDERS_CREATE = """on run argv
	set theName to item 1 of argv
	set hasDue to (item 2 of argv) is not ""
	if hasDue then set dueDate to my makeDate(item 2 of argv, item 3 of argv, item 4 of argv, item 5 of argv)
	set allDay to (item 6 of argv) is "1"
	set theNotes to item 7 of argv
	set listName to item 8 of argv
	set thePriority to (item 9 of argv) as integer
	tell application "Reminders"
		if listName is "" then
			set targetList to default list
		else
			set matching to every list whose name is listName
			if (count of matching) is 0 then
				set targetList to make new list with properties {name:listName}
			else
				set targetList to item 1 of matching
			end if
		end if
		set newReminder to make new reminder at end of reminders of targetList with properties {name:theName, body:theNotes, priority:thePriority}
		if hasDue and allDay then
			set allday due date of newReminder to dueDate
		else if hasDue then
			set due date of newReminder to dueDate
		end if
		set reminderId to id of newReminder
		set listTitle to name of targetList
	end tell
	return reminderId & (character id 31) & listTitle
end run
""" + _MAKE_DATE

REMINDERS_DELETE = """on run argv
	set reminderId to item 1 of argv
	tell application "Reminders"
		set matching to every reminder whose id is reminderId
		if (count of matching) is 0 then error "The reminder no longer exists." number 1003
		delete item 1 of matching
	end tell
	return "deleted"
end run
"""

# Each record: uid, calendar, title, start, end (isoDate), location, attendee addresses (one per line), "1" if
# it repeats. Values pass through clean(), so a record and field separator can never come from the data.
CALENDAR_EVENTS_BETWEEN = """on run argv
	set startDate to my makeDate(item 1 of argv, item 2 of argv, item 3 of argv, item 4 of argv)
	set endDate to my makeDate(item 5 of argv, item 6 of argv, item 7 of argv, item 8 of argv)
	set found to {}
	tell application "Calendar"
		repeat with oneCalendar in every calendar
			set calendarTitle to name of oneCalendar
			repeat with oneEvent in (every event of oneCalendar whose start date < endDate and end date >= startDate)
				set attendeeText to ""
				try
					set AppleScript's text item delimiters to linefeed
					set attendeeText to (email of every attendee of oneEvent) as text
				end try
				set AppleScript's text item delimiters to ""
				set repeating to "0"
				set theRule to recurrence of oneEvent
				if theRule is not missing value and theRule is not "" then set repeating to "1"
				set end of found to my clean(uid of oneEvent) & (character id 31) & my clean(calendarTitle) & (character id 31) & my clean(summary of oneEvent) & (character id 31) & my isoDate(start date of oneEvent) & (character id 31) & my isoDate(end date of oneEvent) & (character id 31) & my clean(location of oneEvent) & (character id 31) & my clean(attendeeText) & (character id 31) & repeating
			end repeat
		end repeat
	end tell
	return my joinRecords(found)
end run
""" + _MAKE_DATE + _ISO_DATE + _CLEAN + _JOIN_RECORDS

# argv: groups of seven (uid, calendar, title, start as makeDate's four parts). Every event is checked (still
# there, same title and start, not repeating) before any is deleted, so a deletion is all or nothing. Each
# record: title, start, end, location, notes, calendar: what undo needs to make the event again.
CALENDAR_DELETE_EVENTS = """on run argv
	set targets to {}
	set answers to {}
	tell application "Calendar"
		repeat with i from 1 to (count of argv) by 7
			set eventId to item i of argv
			set calendarName to item (i + 1) of argv
			set expectedTitle to item (i + 2) of argv
			set expectedStart to my makeDate(item (i + 3) of argv, item (i + 4) of argv, item (i + 5) of argv, item (i + 6) of argv)
			set matching to {}
			repeat with oneCalendar in (every calendar whose name is calendarName)
				set matching to matching & (every event of oneCalendar whose uid is eventId)
			end repeat
			if (count of matching) is 0 then error "The event " & expectedTitle & " is no longer in " & calendarName & "; nothing was deleted." number 1030
			set theEvent to item 1 of matching
			if (summary of theEvent) is not expectedTitle or (start date of theEvent) is not expectedStart then error "The event " & expectedTitle & " was changed since Errand read it; nothing was deleted." number 1031
			set theRule to recurrence of theEvent
			if theRule is not missing value and theRule is not "" then error "The event " & expectedTitle & " repeats; Errand deletes only single events, so nothing was deleted. Remove that occurrence in Calendar." number 1032
			set end of targets to theEvent
			set end of answers to my clean(summary of theEvent) & (character id 31) & my isoDate(start date of theEvent) & (character id 31) & my isoDate(end date of theEvent) & (character id 31) & my clean(location of theEvent) & (character id 31) & my clean(description of theEvent) & (character id 31) & my clean(calendarName)
		end repeat
		repeat with j from 1 to (count of targets)
			delete item j of targets
		end repeat
	end tell
	return my joinRecords(answers)
end run
""" + _MAKE_DATE + _ISO_DATE + _CLEAN + _JOIN_RECORDS

# Each record: id, name, due (isoDate, or "" for none), list.
REMINDERS_OPEN = """on run argv
	set listName to item 1 of argv
	set found to {}
	tell application "Reminders"
		if listName is "" then
			set searchLists to every list
		else
			set searchLists to every list whose name is listName
			if (count of searchLists) is 0 then
				set AppleScript's text item delimiters to ", "
				set listNames to (name of every list) as text
				set AppleScript's text item delimiters to ""
				error "There is no reminders list called " & listName & "; the lists are: " & listNames & "." number 1033
			end if
		end if
		repeat with oneList in searchLists
			set listTitle to name of oneList
			repeat with oneReminder in (every reminder of oneList whose completed is false)
				set dueText to ""
				set dueDate to due date of oneReminder
				if dueDate is not missing value then set dueText to my isoDate(dueDate)
				set end of found to my clean(id of oneReminder) & (character id 31) & my clean(name of oneReminder) & (character id 31) & dueText & (character id 31) & my clean(listTitle)
			end repeat
		end repeat
	end tell
	return my joinRecords(found)
end run
""" + _ISO_DATE + _CLEAN + _JOIN_RECORDS

# argv: id, "1" to mark done or "" to reopen, the name the reminder had when read.
REMINDERS_SET_DONE = """on run argv
	set reminderId to item 1 of argv
	set makeDone to (item 2 of argv) is "1"
	set expectedName to item 3 of argv
	tell application "Reminders"
		set matching to every reminder whose id is reminderId
		if (count of matching) is 0 then error "The reminder " & expectedName & " no longer exists." number 1034
		set theReminder to item 1 of matching
		if (name of theReminder) is not expectedName then error "The reminder " & expectedName & " was changed since Errand read it; nothing was changed." number 1035
		if makeDone and (completed of theReminder) then error "The reminder " & expectedName & " is already done." number 1036
		set completed of theReminder to makeDone
	end tell
	return "saved"
end run
"""

# Notes ------------------------------------------------------------------------------------------------------

NOTES_LIST = """on run argv
	set folderName to item 1 of argv
	set found to {}
	tell application "Notes"
		if folderName is "" then
			set searchFolders to every folder
		else
			set searchFolders to every folder whose name is folderName
		end if
		repeat with oneFolder in searchFolders
			repeat with oneNote in every note of oneFolder
				set end of found to (id of oneNote) & (character id 31) & (name of oneNote) & (character id 31) & (name of oneFolder)
			end repeat
		end repeat
	end tell
	return my joinRecords(found)
end run
""" + _JOIN_RECORDS

NOTES_CREATE = """on run argv
	set noteBody to item 1 of argv
	set folderName to item 2 of argv
	tell application "Notes"
		if folderName is "" then
			set targetFolder to default folder of default account
		else
			set matching to every folder whose name is folderName
			if (count of matching) is 0 then
				set targetFolder to make new folder with properties {name:folderName}
			else
				set targetFolder to item 1 of matching
			end if
		end if
		set newNote to make new note at targetFolder with properties {body:noteBody}
		set noteId to id of newNote
		set folderTitle to name of targetFolder
	end tell
	return noteId & (character id 31) & folderTitle
end run
"""

NOTES_READ = """on run argv
	set noteId to item 1 of argv
	tell application "Notes"
		set theNote to note id noteId
		return (body of theNote) & (character id 31) & (plaintext of theNote)
	end tell
end run
"""

NOTES_SET_BODY = """on run argv
	set noteId to item 1 of argv
	set newBody to item 2 of argv
	tell application "Notes"
		set body of note id noteId to newBody
	end tell
	return "saved"
end run
"""

NOTES_DELETE = """on run argv
	set noteId to item 1 of argv
	tell application "Notes"
		delete note id noteId
	end tell
	return "deleted"
end run
"""

# Mail -------------------------------------------------------------------------------------------------------

MAIL_COMPOSE = """on run argv
	set theSubject to item 1 of argv
	set theBody to item 2 of argv
	set toList to my splitLines(item 3 of argv)
	set ccList to my splitLines(item 4 of argv)
	set fileAliases to my aliasesOf(item 5 of argv)
	set theMode to item 6 of argv
	tell application "Mail"
		set newMessage to make new outgoing message with properties {subject:theSubject, content:theBody, visible:(theMode is "client")}
		tell newMessage
			repeat with oneAddress in toList
				make new to recipient at end of to recipients with properties {address:(oneAddress as text)}
			end repeat
			repeat with oneAddress in ccList
				make new cc recipient at end of cc recipients with properties {address:(oneAddress as text)}
			end repeat
		end tell
		repeat with oneFile in fileAliases
			tell content of newMessage
				make new attachment with properties {file name:oneFile} at after the last paragraph
			end tell
		end repeat
		if theMode is "send" then
			send newMessage
		else if theMode is "draft" then
			save newMessage
		end if
	end tell
	return theMode
end run
""" + _SPLIT_LINES + _ALIASES

MAIL_RECENT = """on run argv
	set limit to (item 1 of argv) as integer
	set found to {}
	tell application "Mail"
		set total to count of messages of inbox
		if total < limit then set limit to total
		repeat with i from 1 to limit
			set oneMessage to message i of inbox
			set end of found to ((id of oneMessage) as text) & (character id 31) & (sender of oneMessage) & (character id 31) & (subject of oneMessage) & (character id 31) & my isoDate(date received of oneMessage)
		end repeat
	end tell
	return my joinRecords(found)
end run
""" + _ISO_DATE + _JOIN_RECORDS

_TEXT_OF = """
on textOf(theValue)
	if theValue is missing value then return ""
	return theValue as text
end textOf
"""

# argv: sender ("" = anyone), words (one per line, each must occur in the subject or content), since as year,
# month, day, seconds of the day ("" = no bound), "1" for unread only, the most to return. Scans the inbox in
# Mail's order (newest first, as MAIL_RECENT assumes). Fields: sender, date received, subject, the start of the
# content, "1" when read; the record and field separators are replaced by spaces inside every field.
MAIL_FIND = """on run argv
	set senderText to item 1 of argv
	set wordList to my splitLines(item 2 of argv)
	set hasSince to (item 3 of argv) is not ""
	if hasSince then set sinceDate to my makeDate(item 3 of argv, item 4 of argv, item 5 of argv, item 6 of argv)
	set unreadOnly to (item 7 of argv) is "1"
	set maxCount to (item 8 of argv) as integer
	set found to {}
	tell application "Mail"
		if hasSince then
			set candidates to every message of inbox whose date received is greater than or equal to sinceDate
		else
			set candidates to every message of inbox
		end if
		repeat with oneMessage in candidates
			if (count of found) is greater than or equal to maxCount then exit repeat
			if my matches(oneMessage, senderText, wordList, unreadOnly) then set end of found to my described(oneMessage)
		end repeat
	end tell
	return my joinRecords(found)
end run

on matches(theMessage, senderText, wordList, unreadOnly)
	tell application "Mail"
		if unreadOnly and (read status of theMessage) then return false
		if senderText is not "" and (my textOf(sender of theMessage)) does not contain senderText then return false
		if (count of wordList) is 0 then return true
		set theText to my textOf(subject of theMessage) & linefeed & my textOf(content of theMessage)
	end tell
	repeat with oneWord in wordList
		if theText does not contain (oneWord as text) then return false
	end repeat
	return true
end matches

on described(theMessage)
	tell application "Mail"
		set theSender to my textOf(sender of theMessage)
		set theSubject to my textOf(subject of theMessage)
		set arrivedAt to date received of theMessage
		set theContent to my textOf(content of theMessage)
		set wasRead to read status of theMessage
	end tell
	if (length of theContent) > 600 then set theContent to text 1 thru 600 of theContent
	set readFlag to "0"
	if wasRead then set readFlag to "1"
	return my clean(theSender) & (character id 31) & my isoDate(arrivedAt) & (character id 31) & my clean(theSubject) & (character id 31) & my clean(theContent) & (character id 31) & readFlag
end described
""" + _MAKE_DATE + _SPLIT_LINES + _ISO_DATE + _JOIN_RECORDS + _CLEAN + _TEXT_OF

MAIL_RESPOND = """on run argv
	set messageId to (item 1 of argv) as integer
	set theAction to item 2 of argv
	set theBody to item 3 of argv
	set toList to my splitLines(item 4 of argv)
	set ccList to my splitLines(item 5 of argv)
	set fileAliases to my aliasesOf(item 6 of argv)
	set theMode to item 7 of argv
	tell application "Mail"
		set matching to every message of inbox whose id is messageId
		if (count of matching) is 0 then error "The email is no longer in the inbox." number 1010
		set original to item 1 of matching
		if theAction is "reply" then
			set newMessage to reply original with opening window
		else
			set newMessage to forward original with opening window
		end if
		set content of newMessage to theBody & linefeed & linefeed & (content of newMessage)
		tell newMessage
			repeat with oneAddress in toList
				make new to recipient at end of to recipients with properties {address:(oneAddress as text)}
			end repeat
			repeat with oneAddress in ccList
				make new cc recipient at end of cc recipients with properties {address:(oneAddress as text)}
			end repeat
		end tell
		repeat with oneFile in fileAliases
			tell content of newMessage
				make new attachment with properties {file name:oneFile} at after the last paragraph
			end tell
		end repeat
		if theMode is "send" then
			send newMessage
		else if theMode is "draft" then
			save newMessage
		end if
	end tell
	return theMode
end run
""" + _SPLIT_LINES + _ALIASES

# Messages (SMS through the iPhone, or iMessage) -------------------------------------------------------------

MESSAGES_SEND = """on run argv
	set theMessage to item 1 of argv
	set numbers to my splitLines(item 2 of argv)
	tell application "Messages"
		set matching to every account whose service type is SMS
		if (count of matching) is 0 then set matching to every account whose service type is iMessage
		if (count of matching) is 0 then error "Messages has no SMS or iMessage account: sign in to Messages, or enable Text Message Forwarding on your iPhone." number 1020
		set theAccount to item 1 of matching
		repeat with oneNumber in numbers
			send theMessage to participant (oneNumber as text) of theAccount
		end repeat
	end tell
	return "sent"
end run
""" + _SPLIT_LINES

ALL_SCRIPTS: dict[str, str] = {
    "CONTACTS_ALL": CONTACTS_ALL,
    "CONTACTS_ADD": CONTACTS_ADD,
    "CONTACTS_DELETE_PERSON": CONTACTS_DELETE_PERSON,
    "CONTACTS_REMOVE_VALUES": CONTACTS_REMOVE_VALUES,
    "CALENDAR_CREATE_EVENT": CALENDAR_CREATE_EVENT,
    "CALENDAR_DELETE_EVENT": CALENDAR_DELETE_EVENT,
    "REMINDERS_CREATE": REMINDERS_CREATE,
    "REMINDERS_DELETE": REMINDERS_DELETE,
    "CALENDAR_EVENTS_BETWEEN": CALENDAR_EVENTS_BETWEEN,
    "CALENDAR_DELETE_EVENTS": CALENDAR_DELETE_EVENTS,
    "REMINDERS_OPEN": REMINDERS_OPEN,
    "REMINDERS_SET_DONE": REMINDERS_SET_DONE,
    "NOTES_LIST": NOTES_LIST,
    "NOTES_CREATE": NOTES_CREATE,
    "NOTES_READ": NOTES_READ,
    "NOTES_SET_BODY": NOTES_SET_BODY,
    "NOTES_DELETE": NOTES_DELETE,
    "MAIL_COMPOSE": MAIL_COMPOSE,
    "MAIL_RECENT": MAIL_RECENT,
    "MAIL_FIND": MAIL_FIND,
    "MAIL_RESPOND": MAIL_RESPOND,
    "MESSAGES_SEND": MESSAGES_SEND,
}
