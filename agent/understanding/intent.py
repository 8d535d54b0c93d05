"""What a question or a removal is about, read from its words: which app, and the values its one tool needs.

    read_or_remove("take milk off my shopping list")   # Intent("remove", "list", name="Shopping list", items="milk")

Reads and removals are one tool call each (COMPAT section 10), and every value they need is in the request:
a range of time, who a mail is from, the words of a title, the items of a list. Reading them here means a
question can never turn into an event and "cancel my two o'clock" deletes only what is at two, whatever a
small planner would have written. A request that also asks to act ("email Ann what's on my calendar") or names
no app is left to the planner (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.scope import RequestScope, asks_to_remove, spoken_form

_APPS: dict[str, str] = {
    "calendar": r"calendar|diary|schedule|agenda|meetings?|mtgs?|appointments?|appts?|events?|plans|busy|free|booked",
    "mail": r"e-?mails?|e-?mailed|mails?|mailed|inbox|mailbox|gmail|outlook|messages|"
            r"(?:last|latest|new|recent)\s+message|replied|responded|repl(?:y|ies)|"
            r"wr(?:ote|itten|ite)\s+back|receiv(?:e|ed)|(?:got|gotten|get)\s+back\s+to\s+me|hear[d]?\s+(?:back\s+)?from(?!\s+(?:you|me|us)\b)|"
            r"sent\s+me",
    "reminders": r"reminders?|to-?dos?(?!\s+list)|todos?(?!\s+list)|to\s+dos|alarms?|wake\s+(?:me|up)",
    "list": r"list|lists|note|notes|groceries",
    "contacts": r"contacts?|address\s+book|phone\s+book",
}
_APP_PATTERNS = {app: re.compile(rf"\b(?:{words})\b") for app, words in _APPS.items()}
_DONE = re.compile(r"\b(mark|tick|check)\b.*\b(done|complete|completed|finished|off)\b"
                   r"|\bi\s+(?:have\s+|'ve\s+|already\s+)*(?:did|done|finished|completed)\b")
_ADD_CONTACT = re.compile(r"\b(add|save|create|new|store|put)\b.*\b(contacts?|address\s+book|phone\s+book)\b"
                          r"|\bnew\s+contact\b|\bsave\s+(?:this|that|the)\s+(?:phone\s+)?(?:number|e-?mail(?:\s+address)?)"
                          r"\s+(?:as|for|under)\b")
_NAME_START = r"(?!(?:to|in|into|with|on|for|of|and)\b)"  # a name does not start with "in my phone book"
_NAME_END = r"(?=\s+(?:to|in|into|with|and|on)\b|$)"
_CONTACT_NAME = (  # "... named NAME", "the number of NAME", "new contact NAME", "add NAME to my contacts", "as NAME"
    re.compile(rf"\b(?:named|called)\s+(.+?){_NAME_END}"),
    re.compile(rf"\b(?:number|address|e-?mail|phone)\s+(?:of|for)\s+{_NAME_START}(.+?){_NAME_END}"),
    re.compile(rf"\bnew\s+contact\s+(?:for\s+)?{_NAME_START}(.+?){_NAME_END}"),
    re.compile(rf"\b(?:add|save|create|store|put)\s+(?:a\s+)?(?:new\s+)?(?:contact\s+)?(?:for\s+)?{_NAME_START}"
               r"(.+?)(?:'s\b|\s+(?:to|as|in|into|with|on)\b|$)"),
    re.compile(rf"\b(?:as|under)\s+(.+?){_NAME_END}"),
    re.compile(r"\bcontact\s+(?:named\s+|called\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)$"),
)
_TIME_WORDS = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|tmrw|this|next|last|coming|upcoming|week|weekend|month|morning|afternoon|"
    r"evening|night|noon|midnight|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|o'?clock|oclock|at|on|in|from|to|until|"
    r"till|before|after|since|between|and|o|clock|\d+(?:st|nd|rd|th)?|\d{1,2}:\d{2}|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|fifteen|forty|fifty|half|quarter|"
    r"past|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|"
    r"christmas|xmas|eve|new\s+years?|new\s+year's|days|weeks|few|couple|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))('s|s)?\b")
_FILLERS = re.compile(
    # first, before "i" and "what" match a part of them: "i'd like to know", "what date is my flight", and how a
    # question is put ("give me a rundown of my day")
    r"\b(i'd|id|i'm|can't|won't|don't|didn't|isn't|i've|i'll|(?:what|which)\s+date|rundown|summary|overview|brief|"
    r"briefing|details?|info|information|special|important|inform|say|whens|wheres|conflicts?|clash|clashes|"
    r"overlaps?|double|whose|anyone|anybody|someone|somebody|search|put|venue|location|start|starts|begin|begins|"
    r"end|ends|open|describe|view|display|outline|working|work|update|no|longer|seeing|see|meet|visiting|having|"
    r"miss|missed|earliest|finish|slot|slots|should|date|hours|hour|been|leave|invited|attending|coming|through|"
    r"pull|bring|not|full|empty|gap|gaps|opening|openings|address|"
    r"hey|hi|ok|okay|so|um|uh|like|please|olly|siri|alexa|google|assistant|can|could|would|will|you|i|me|my|"
    r"mine|we|our|us|the|a|an|all|any|anything|everything|something|of|for|about|is|are|am|was|were|be|do|does|"
    r"did|have|has|had|there|what|what's|whats|when|when's|where|which|who|how|many|much|show|tell|give|list|"
    r"find|check|see|look|up|read|let|know|want|need|to|it|that|this|these|those|them|get|got|rid|remove|delete|"
    r"cancel|clear|erase|drop|scratch|take|off|unschedule|please|just|only|also|again|now|out|with|up|"
    r"coming|planned|scheduled|set|going|happening|on|in|at|from|and|or|by|if|else|its|it's|thing|things|stuff|"
    r"remind|reminder|reminders|calendar|schedule|agenda|meeting|meetings|mtg|appointment|appointments|appt|"
    r"event|events|plans|plan|busy|free|booked|entry|entries|item|items|next|first|one|ones|yet|still|left|"
    r"new|recent|latest|last|mark|done|complete|completed|finished|tick|as|day|look|looks|looking|like|time|doing|"
    r"anywhere|somewhere|called|named|titled|whole|entire|everything|anything|"
    # how the user stands to the event, not which one: "i cant go to the dentist", "how packed is my day"
    r"cant|can't|cannot|wont|won't|go|make|able|cancelled|canceled|anymore|available|packed|rest|supposed|"
    r"i'm|im|being|attend|"
    # politeness and hurry, not what the event is called: "kindly", "ty", "asap", "when you get a chance"
    r"kindly|thanks|thank|ty|thx|tx|pls|plz|asap|yo|chance|quick|favou?r|help|wipe|urgent|u|ur|alright|hmm|er|"
    r"erm|oh|well|sorry|cheers|ta|appreciated|let's|lets|let|us)\b")
_WITH = re.compile(r"\bwith\s+((?:(?!\b(?:on|at|in|for|from|to|today|tomorrow|tonight|this|next|about|is|was|has|"
                   r"got|anymore|any|please|cancell?ed|cancel|remove|delete|because|so|but|it|if|i|"
                   r"and\s+(?:text|e-?mail|call|tell|remind|let|send|message))\b)"
                   r"[\w'.-]+\s*)+)")
_NOT_NAME_WORDS = re.compile(r"\b(number|phone|email|address|contact|contacts|details|info|new|my|the|a|an|to|with|"
                             r"list|this|that|for|person|someone|somebody)\b")
_SENDER = re.compile(r"\b(?:from|by|sent\s+by)\s+((?:(?!\b(?:about|regarding|re|since|today|yesterday|this|last|in|on|"
                     r"that|with|to|and|or|at|before|after|for|yet|recently|lately)\b)[\w'@.+-]+\s*){1,4})")
# Who was asked whether they wrote: "did kate write back", "has sarah replied", "did john email me".
_WROTE = re.compile(r"\b(?:did|has|have|if|whether)\s+(?!(?:in|on|at|to|a|an|i|you)\b)"
                    r"([a-z][\w'-]*(?:\s+(?!(?:has|have|had|ever|already|just)\b)[a-z][\w'-]*)?)"
                    r"(?:\s+(?:has|have|had|ever|already|just))*\s+(?:e-?mail(?:ed)?(?:\s+me)?|"
                    r"wr(?:ite|itten)\s+(?:back|to\s+me)|repl(?:y|ied)|respond(?:ed)?|got(?:ten)?\s+back|"
                    r"get\s+back|sen[dt]\s+(?:me\s+)?(?:an?\s+)?(?:e-?mail|message)|sen[dt]\s+(?:me\s+)?(?:anything|something)|"
                    r"sen[dt]\s+(?:me|us)$)\b")
# Whose mail, said without "from": "john's last email", "the email john sent me"
_SENT_BY = re.compile(r"\b(?:(?!(?:to|the|my|your|today|tomorrow|yesterday)'s\b)([a-z][\w-]*)'s\s+"
                      r"(?:(?:latest|last|new|newest|recent)\s+)?e-?mails?\b|\be-?mails?\s+(?:that\s+)?"
                      r"(?!(?:i|you|we)\b)([a-z][\w-]*)\s+sent\b)")
_NOBODY_IN_PARTICULAR = frozenset("i you anyone anybody someone somebody people they".split())
# Words that say which mail, not what it is about: "tell me about my new emails" asks for no subject
_MAIL_WORDS = re.compile(r"\b(new|unread|latest|recent|last|e-?mails?|mails?|messages?|inbox|my|the|any|all)\b")
# Mail a question asks about without naming mail: "is there anything from the bank", "any word from sam".
_FROM_SOMEONE = re.compile(r"\b(?:anything|something|word|news|answer|response|reply|replies)\s+(?:new\s+)?from"
                           r"\s+(?!today|yesterday|this|last)\w")
_SEARCH_FOR = re.compile(r"\b(?:search|look)\w*\s+(?:through\s+|in\s+)?(?:my\s+)?(?:e-?mails?|mail|inbox)\s+for\s+"
                         r"(.+)$")
_ABOUT = re.compile(r"\b(?:about|regarding|re|concerning|subject|titled|called|mentioning|on\s+the\s+subject\s+of)"
                    r"\s+(.+?)(?=\s+\b(?:from|since|today|yesterday|this|last)\b|$)")
_UNREAD = re.compile(r"\b(new|newest|unread|unseen|haven'?t\s+read|not\s+read|recent|latest)\b")
_LIST_NAME = re.compile(r"(?:\b(?:my|the|our|from|off|on|to|in|of|onto|into)\s+|^)((?:[\w'-]+\s+){0,2}?)(list|note)\b")
_ITEMS = re.compile(r"\b(?:remove|delete|take|cross|scratch|erase|drop|get\s+rid\s+of|strike|knock|pull|get|tick|"
                    r"check)\s+"
                    r"(?:off\s+|out\s+)?(.+?)\s+"
                    r"(?:\b(?:from|off|out\s+of)\b|\b(?:on|in)\s+(?:(?:my|the|our|this|that)\b|"
                    r"(?=(?:[\w'-]+\s+){0,2}?(?:list|groceries)\b)))")
_ALL_DONE = re.compile(r"\b(?:completed|finished|done|old|past|all(?:\s+(?:of\s+)?(?:my|the))?)\s+reminders\b")
# Every item of a list: "clear my to do list", "remove all items from my shopping list", "erase everything on it"
_EVERY_ITEM = re.compile(r"^(?:all|everything|every\s+(?:item|thing)|all\s+of\s+(?:it|them)|it\s+all)$")
# An item named by its place: "remove the last item from my list"
_BY_PLACE = re.compile(r"^(?:last|first|next|previous|top|bottom)(?:\s+(?:one|thing|entry|line))?$")
# A list named by its title: "delete the list called work"
_LIST_CALLED = re.compile(r"\blist\s+(?:called|named|titled)\s+([\w' -]+?)(?:\s+(?:please|now))?$")
_PRONOUN = re.compile(r"^(?:it|them|those|that|this|these|they)$")
_LIST_WORDS = r"(?:(?:my|the|our)\s+)?(?:[\w'-]+\s+){0,2}?(?:list|groceries)"
# Items a list no longer needs, said without a removal verb: "my list doesnt need apples anymore", "we dont need
# bananas on the list anymore", "no more eggs on the grocery list".
_NOT_NEEDED = re.compile(rf"\b(?:do\s*n'?t|does\s*n'?t|do\s+not|does\s+not|no\s+longer)\s+need\s+(?:any\s+)?"
                         rf"(?P<items>.+?)(?:\s+(?:on|in)\s+{_LIST_WORDS})?(?:\s+any\s*more|\s+now)?$"
                         rf"|\bno\s+more\s+(?P<more>.+?)\s+(?:on|in)\s+{_LIST_WORDS}$"
                         rf"|\bno\s+(?:more\s+)?need\s+for\s+(?P<need>.+?)\s+(?:on|in)\s+{_LIST_WORDS}(?:\s+any\s*more)?$")
# Items struck off with no list named ("take cheese off", "scratch bread", "cross off the milk"): the verbs are a
# list's; a time or an event word makes it the calendar's, and the tool removes only lines that match.
_STRUCK_OFF = re.compile(r"\b(?:(?:take|knock|pull|get)\s+(?P<taken>.+?)\s+off|(?:cross|scratch|strike)\s+"
                         r"(?:off\s+|out\s+)?(?P<struck>.+?)(?:\s+(?:off|out))?)(?:\s+(?:please|now|too|thanks))?$")
_NO_ITEM = re.compile(r"\b(me|us|him|her|you|everything|all|day|week|weekend|time|morning|afternoon|evening|night)\b")
# A list named first, then what to do with it: "shopping list remove eggs", "from my shopping list remove the
# oranges", "shopping list add bread".
_LIST_THEN = re.compile(rf"^(?:(?:olly|please|so|um|uh|from|on|in|to)\s+)*(?P<list>{_LIST_WORDS})\s+"
                        rf"(?P<verb>remove|delete|take\s+off|cross\s+off|add|put)\s+"
                        rf"(?P<items>.+)$")
# What "it" / "them" is in "i already bought the eggs so take them off the list", "i dont need onions anymore"
_ANTECEDENT = re.compile(r"\b(?:bought|got|have|need|picked\s+up|grabbed|found)\s+(?:the\s+|some\s+|more\s+)?(.+?)"
                         r"(?=\s+(?:anymore|already|now|so|and|you|take|remove|cross|delete|off|put|add)\b|$)")
_SHOPPING = re.compile(r"\bwhat\s+(?:do|should)\s+(?:i|we)\s+(?:need\s+to\s+)?(?:need|get|buy|pick\s+up)\s+"
                       r"(?:from|at)\s+the\s+(?:store|shop|shops|supermarket|grocery\s+store|market)\b"
                       r"|\bwhat\s+(?:do|else\s+do)\s+(?:i|we)\s+(?:still\s+)?need\s+to\s+(?:buy|pick\s+up)$")
_LEAD = (r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|erm|olly|please|can\s+you|could\s+you|would\s+you|will\s+you|"
         r"i\s+(?:need|want|would\s+like)\s+(?:you\s+)?to|let's|go\s+ahead\s+and|also)\s+)*")
# An item added to a list: "add milk to my list", "put bread on the shopping list", "add chicken to groceries".
_DONE_FIRST = re.compile(_LEAD + r"(?:mark|tick|check\s+off)\b")  # "check off the pay rent reminder"
_LIST_ADD = re.compile(_LEAD + r"(?:add|put|stick|pop|throw|include|(?:write|jot)(?:\s+down)?)\s+(?P<items>.+?)\s+"
                       r"(?:to|on|onto|in|into)\s+(?:(?:my|the|our)\s+)?(?P<list>(?:[\w'-]+\s+){0,2}?list|groceries)"
                       r"(?:\s+(?:please|for\s+me|thanks|thank\s+you|too|as\s+well|olly))*$")
_ADD_TO_THEN = re.compile(_LEAD + rf"(?:add|put)\s+(?:on|to|onto)\s+(?P<list>{_LIST_WORDS})\s+(?P<items>.+)$")
# A new list: "start a grocery list with eggs and milk", "new shopping list", "make a new list for christmas
# presents"
_LIST_CREATE = re.compile(_LEAD + r"(?:(?:create|make|start|begin|set\s+up)\s+(?:a|an|my|the)\s+(?:new\s+)?|"
                          r"(?:a\s+)?new\s+)(?:(?:(?P<name>[\w'-]+(?:\s+[\w'-]+)?)\s+)?list|"
                          r"list\s+(?:called|named|for)\s+(?P<called>[\w' -]+?))"
                          r"(?:\s+(?:with|of|containing)\s+(?P<items>.+?))?(?:\s+(?:please|for\s+me|now|thanks))*$")
# Items that are more than words to write down: a detail to look up first, an event, a time (the planner's job).
_NOT_AN_ITEM = re.compile(r"\b(e-?mail|address|number|phone|link|file|attachment|pdf|zoom|meeting|event|appointment|"
                          r"calendar|reminder|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday|o'?clock|\d+\s*(?:am|pm))\b|\bat\s+\d|'s\b")
# Words that make a request act rather than read ("email tom about lunch", "add milk to my list"); "alarms set for
# tomorrow" asks which are set.
_ACTS = re.compile(r"\b(add|put|(?<!my\s)(?<!the\s)(?<!'s\s)(?<!todays\s)(?<!tomorrows\s)schedule"
                   r"(?!\s+(?:for|on)\s+(?:today|tomorrow|tonight|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
                   r"(?<!alarms\s)(?<!reminders\s)set|create|"
                   r"make|book|plan|organi[sz]e|"
                   r"arrange|invite|send|write|compose|reply|respond|forward|draft|text|message|remind|jot|save|move|change|update|rename|tell\s+\w+\s+"
                   r"(?:that|to|about))\b|(?<!the\s)(?<!'s\s)(?<!last\s)(?<!latest\s)\b(?:e-?mail|mail)\s+(?!(?:from|about|in|inbox|check|status|please|today|yesterday|this|"
                   r"notifications?|updates?|alerts?)\b)\w+")
# An app named as a thing to look at, with no verb that acts: "emails from tom", "my schedule for tomorrow". A
# lone "meeting with sarah wednesday at 4" is a note of an event to add, so one event needs a word before it.
_WHOSE_DAY = (r"(?:today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
              r"this\s+week|next\s+week|this\s+weekend)(?:'s|s)")
_LOOK_AT = re.compile(rf"^(?:(?:hey|hi|ok|okay|um|uh|so|olly|siri|alexa|google|please|any|all|new|unread)\s+)*"
                      rf"(?:(?:the\s+)?(?:items|things)\s+(?:on|in)\s+)?"
                      rf"(?:(?:(?:my|the|latest|recent|last|next|upcoming|{_WHOSE_DAY})\s+)+(?:meeting|appointment|event|"
                      rf"reminder|alarm)\b|(?:(?:my|the|latest|recent|last|new|unread|upcoming|{_WHOSE_DAY}|[\w-]+'s)\s+)*"
                      rf"(?:e-?mails?|mails?|"
                      rf"inbox|schedule|agenda|calendar|meetings|appointments|events|plans|reminders|alarms|"
                      rf"(?:[\w'-]+\s+)?list)\b)(?!\s*:)")
# A verb that asks to be shown or told what follows it: "tell me my schedule", "give me details about my next
# meeting", "inform me about the meetings", "remind me of today's meetings", "say my agenda".
_SHOW = re.compile(_LEAD + r"(?P<verb>show|tell|give|read|say|list|display|check|find|search|look\s+up|look\s+for|"
                   r"look\s+at|view|pull\s+up|bring\s+up|go\s+over|go\s+through|run\s+through|walk\s+me\s+through|"
                   r"let\s+me\s+(?:know|see|hear|have)|what\s+about|how\s+about|(?:update|inform|brief|remind)(?=\s+(?:me|us)\b)|"
                   r"open|go\s+to|see|describe)(?:\s+(?:me|us))?(?:\s+(?:out|back))?(?:\s+(?:(?:the\s+)?(?:details|info|information|rundown|list)"
                   r"|all|everything))?(?:\s+(?P<about>of|about|on|with|for))?\s+(?P<what>.+)$")
# What "remind me of ..." asks to be told rather than reminded of: a day's agenda, never one event ("remind me
# about my meeting" asks for a reminder).
# Verbs that also act on an event ("go to the meeting at three", "see the dentist", "remind me about my meeting"):
# a read only when an app or a day's agenda follows them.
_ALSO_ACTS = frozenset({"remind", "open", "go to", "see", "describe"})
# A reminder's timing, or "about" ("remind me about my meetings tomorrow" asks for a reminder; "remind me of my
# meetings today" to be told them)
_AHEAD_OF = re.compile(r"\b(before|ahead|prior|advance|minutes?|hours?|when|each|every)\b")
_AGENDA_NOUNS = re.compile(r"\b(schedule|agenda|plans|calendar|diary|meetings|appointments|events|inbox|e-?mails|"
                           r"mail|reminders|alarms|lists?)\b")
# A question put the way it is spoken, without the apostrophe: "whens my alarm", "wheres dinner tonight".
_ASKED = re.compile(r"^(?:(?:hey|hi|ok|okay|so|um|uh|olly)\s+)*(?:whens|wheres|hows|whos|whatre|what're)\b")
# A removal said after what it removes, or without a removal verb: "the meeting got cancelled remove it", "meeting
# tomorrow cancel", "i don't want the meeting with john anymore", "lunch with sam is cancelled", "my meeting at
# three is not happening"; never in a question ("was it cancelled").
_CALLED_OFF = re.compile(r"\b(?:cancel|delete|remove|scrap|drop|erase|unschedule)\b"
                         r"|\b(?:do\s*n'?t|do\s+not)\s+want\s+(?:the|my|that|this|our)\s+.+?\s+any\s*more\b")
_CANCELLED = re.compile(r"\b(?:is|was|got|been|are|were|has|have)\s+(?:been\s+)?(?:cancell?ed|called\s+off)\b"
                        r"|\b(?:is|are|'s)\s+off$|\bno\s+longer\s+(?:need|want)\s+(?:the|my|that|this|our)\b"
                        r"|\b(?:isn'?t|aren'?t|(?:is|are|'s)\s+not)\s+(?:happening|going\s+ahead)\b"
                        r"|\b(?:do\s*n'?t|do\s+not)\s+need\s+(?:the|my|that|this|our)\b")
_ADDS = re.compile(r"\b(add|schedule|create|set\s+up|book\s+(?:a|an|me)|put|arrange|invite|plan|organi[sz]e)\b")
_TERSE_WORDS = 8  # "calendar: Ingeborg's party, Saturday 6:30 to 10pm, Lakeside Hall" is an event to add, not a read
# A contact's detail ("ann's number", "whats bartholomews email adress"): a lookup, never a mail search.
_CONTACT_DETAIL = re.compile(r"\b(phone\s+number|number|phone|mobile|cell|landline|(?:e-?)?mail\s+(?:ad+res+|id)|"
                             r"e-?mail|ad+res+|where\s+.+?\s+lives|"
                             r"contact\s+(?:details|info|information)|(?:phone|mobile|cell|contact)\s+no|"
                             r"where\s+does\s+.+?\s+live)\b|(?:'s|s)\s+(?:contact|details|info|information)\b")
_STRONG_DETAIL = re.compile(r"\b(phone\s+number|mobile\s+number|cell\s+number|(?:e-?)?mail\s+(?:ad+res+|id)|"
                            r"contact\s+(?:details|info|information))\b")
_DETAIL_WORD = r"(?:phone|number|mobile|cell|landline|e-?mail|mail(?=\s+id)|ad+res+|contact|details|info|information)"
_KIND_OF_DETAIL = r"(?:(?:home|work|office|personal|private|full|postal|street)\s+)?"  # "anna's home address"
_WHOSE = (  # the detail "of/for NAME", then "NAME's detail", then "NAMEs detail" as typed without the apostrophe,
    # then "where does NAME live"
    re.compile(rf"\b{_DETAIL_WORD}(?:\s+(?:id|no))?\s+(?:do\s+(?:i|we|you)\s+have\s+)?(?:of|for)\s+"
               r"((?:my\s+)?[a-z][\w-]*(?:\s+(?!(?:from|at|in|on|please|and|to)\b)[a-z][\w-]*)?)"),
    re.compile(rf"(?<!['\w])([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:'s|s')\s+{_KIND_OF_DETAIL}{_DETAIL_WORD}"),
    re.compile(rf"(?<!['\w])([a-z][\w-]*s)\s+{_KIND_OF_DETAIL}{_DETAIL_WORD}"),
    re.compile(r"\bwhere\s+does\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+live\b"),
    re.compile(r"\bwhere\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+lives\b"),
)
# A contact asked about by name with no detail named: "is tom in my contacts", "search my contacts for mike", "pull
# up the contact for jason", "how can i reach david". Answered with the contact's number.
_CONTACT_BOOK = r"(?:contacts?|contact\s+list|address\s+book|phone\s+book)"
_CONTACT_ASKED = re.compile(
    rf"\b(?:is|find|look\s+up|search\s+for|have\s+i\s+got|do\s+i\s+have)\s+(?P<in>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
    rf"\s+(?:in|on|saved\s+in)\s+(?:my\s+|the\s+)?{_CONTACT_BOOK}"
    rf"|\b{_CONTACT_BOOK}\s+(?:(?:for|of|named|called)\s+)?(?P<for>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)(?:\s+please)?$"
    rf"|\bhow\s+(?:can|do|could|would)\s+i\s+(?:reach|contact|get\s+(?:in\s+touch\s+with|hold\s+of))\s+"
    rf"(?P<reach>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)$")
# Verbs that ask to do something with a detail ("note anna's number", "text bo sam's address"): no lookup alone.
_DOES_SOMETHING = re.compile(r"\b(note|notes|save|write|jot|text|send|share|remind|add|put|store|keep|forward|"
                             r"message|sms)\b")
_NOT_A_NAME = frozenset("my the a an his her their our your this that me him them it what what's whats is i do he she "
                        "they you we have has get need know tell give find list book".split())
# A bare "email" read as mail, not as an address: "read mike's email", "the latest email from sam".
_MAIL_LOOK = re.compile(r"\b(read|check|open|search|look\s+for|latest|last|new|unread|recent|inbox|from|about|sent|"
                        r"did\s+i\s+(?:get|receive)|have\s+i\s+(?:got|received)|say|says|said|"
                        r"e-?mail(?:ed)?\s+(?:me|us)|got|get\s+an?|received|reply|forward)\b")
# What may stand around "NAME's number" in a request that asks for nothing else ("give me mom's cell please").
_LOOKUP_WORDS = re.compile(r"\b(hey|hi|ok|okay|so|um|uh|er|like|olly|please|can|could|would|you|i|me|my|the|a|an|"
                           r"what|what's|whats|is|tell|give|find|get|look|up|show|need|want|know|do|have|got|for|of|"
                           r"in|number|phone|mobile|cell|e-?mail|ad+res+|contacts?|details|info|information|no|home|"
                           r"work|office|personal|private|full|landline|'s|s)\b")
# A calendar read passed on to someone: "email Ann what's on my calendar tomorrow", "text Raj my schedule", "send
# Dani my agenda for sunday by email", "let dakota know what my tuesday looks like by text", "look up what's on
# friday and text it to sam".
_WHEN_SAID = (r"(?:today|tonight|tomorrow|this|next|on|for|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|"
              r"thu|fri|sat|sun)\b")
_AGENDA_WORDS = rf"(?:calendar|schedule|agenda|plans(?=\s+{_WHEN_SAID}|\W*$))"
# Who gets it: up to three words that are a name, an address or a number, perhaps after a role ("my tutor, voshi")
_TO_WHOM = (r"(?P<who>(?:my\s+[\w-]+,?\s+)?(?:(?!(?:about|that|to|for|regarding|with|what|my)\b)[\w@.+()'-]+\s*)"
            r"{1,3}?)")
_SEND_AGENDA = (
    re.compile(rf"\b(?P<verb>e-?mail|mail|text|message|sms|send)\s+(?:to\s+)?{_TO_WHOM},?\s+"
               rf"(?:(?P<as>a\s+text|an\s+e-?mail)\s+with\s+)?(?:what(?:'s|\s+is|s)\s+on\s+my\s+{_AGENDA_WORDS}|"
               rf"what\s+i\s+have\s+{_WHEN_SAID}|my\s+{_AGENDA_WORDS})", re.IGNORECASE),
    re.compile(rf"\blet\s+{_TO_WHOM}\s+know\s+(?:by\s+(?P<as>e-?mail|text)\s+)?what\s+(?:my\s+(?:\w+\s+){{1,2}}"
               rf"looks\s+like|i've\s+got\s+{_WHEN_SAID}|i\s+have\s+{_WHEN_SAID})", re.IGNORECASE),
    re.compile(rf"\b(?:check|look\s+up)\s+what(?:'s\s+on|\s+i\s+have)\s+{_WHEN_SAID}.*?\band\s+"
               rf"(?P<verb>e-?mail|mail|text)\s+it\s+to\s+{_TO_WHOM}\W*$", re.IGNORECASE),
)
_BY = re.compile(r"\b(?:by|via|as\s+an?|in\s+an?)\s+(e-?mail|mail|text|sms)\b|\ban\s+e-?mail\b|\ba\s+text\b",
                 re.IGNORECASE)
# "my agent Anna", "my babysitter, Jizyth": the name after the role
_ROLE = re.compile(r"^(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?=\S)", re.IGNORECASE)
# An event moved to another time: "bump tomorrow's dentist appointment to 8am", "can we move my yoga class next
# friday to thursday at 4:15", "the book club on monday needs to move to 6pm" (COMPAT section 10: a deletion then
# the event again at the new time).
_MOVE = re.compile(r"\b(?:move|push|reschedule|bump|shift)\s+(?P<what>.+?)\s+(?:to|until|till)\s+(?P<to>.+)$"
                   r"|^(?P<moved>.+?)\s+(?:needs|has)\s+to\s+(?:move|be\s+moved)\s+to\s+(?P<moved_to>.+)$")
_NOT_AN_EVENT = re.compile(r"\b(reminders?|files?|folder|pdf|notes?|lists?|e-?mails?|car|it|that|them)\b")
# An alarm is a reminder at that time: "set an alarm for 7", "wake me up at 6"; "turn off my alarm" removes it.
_ALARM = re.compile(r"\b(?:set|make|create|put|add|need|want)\b.*\balarms?\b|\bwake\s+me\b|^alarm\b")
_ALARM_OFF = re.compile(r"\b(?:turn|switch|shut)\s+off\b.*\balarms?\b|\b(?:disable|stop|silence)\b.*\balarms?\b"
                        r"|\b(?:do\s*n'?t|do\s+not|no\s+longer)\s+(?:need|want)\s+(?:the|my|that|this)\s+(?:[\w'-]+\s+){0,2}"
                        r"alarm\b|^no\s+alarm\b")  # "i don't need the alarm tomorrow", "no alarm tomorrow morning"
# A question about one's time without naming the calendar: "what do i have on saturday", "am i free at 3".
# A time a removal names ("cancel my two o'clock", "delete friday's lunch"): without one and without an app, a
# removal is not read as a calendar's ("remove eggs from groceries")
_STATED_TIME = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:o'?clock|am|pm|a\.m\.|p\.m\.|fifteen|thirty|forty)\b|"
                          r"\b(today|tonight|tomorrow|tmrw|yesterday|weekend|week|morning|afternoon|evening|"
                          r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(monday|tuesday|wednesday|thursday|"
                          r"friday|saturday|sunday)|\d\s*(am|pm|a\.m\.|p\.m\.)\b|o'?\s?clock|\b\d{1,2}:\d{2}\b|"
                          r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\s*(o'clock|am|pm)?\s*"
                          r"(meeting|appointment|call)|\b\d{1,2}(st|nd|rd|th)\b|\bat\s+\d|\b(noon|midnight)\b|"
                          r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d|"
                          r"\b(lunch|dinner|breakfast|party|class|session|call|appointment|meeting|event|date|"
                          r"reservation|booking|flight|trip)\b")
_DAY_WORDS = r"(?:today|tonight|tomorrow|this|next|mon|tue|wed|thu|fri|sat|sun)"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|\d)"
_WHEN = (rf"(?:{_DAY_WORDS}|at\s+{_HOUR}|the\s+(?:\w+\s+)?\w+(?:st|nd|rd|th)\b|"
         rf"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\w+|christmas|xmas|new\s+year|\d|"
         rf"in\s+(?:the\s+)?(?:next|coming)\b|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
         rf"in\s+(?:two|three|four|five|a\s+few|a\s+couple)\b)")
# Whose events are the user's to know: "when is moms birthday party", not "when is obama's birthday"
_KIN = (r"(?:mom|mum|mommy|mother|dad|daddy|father|sister|brother|sis|bro|wife|husband|son|daughter|grandma|grandpa|"
        r"granny|aunt|auntie|uncle|cousin|niece|nephew|friend|boyfriend|girlfriend|partner|boss|kid|baby)")
_NOT_A_PERSON = (r"(?:meeting|appointment|appt|event|party|lunch|dinner|breakfast|class|session|call|reservation|"
                 r"booking|flight|trip|interview|wedding|birthday|conference|calendar|schedule)s?")
_EVENT_NOUN = (r"(?:lunch|dinner|breakfast|party|class|session|call|appointment|meeting|event|date|reservation|"
               r"booking|flight|trip|dentist|doctor|interview|practice|rehearsal|wedding|birthday|visit|checkup|"
               r"haircut|presentation|conference|shift)s?")
_AGENDA = re.compile(
    rf"\b(?:am\s+i\s+(?:free|busy|booked|available)|(?:do\s+i|have\s+i)\s+(?:have|got)\s+"
    rf"(?:anything|something|plans|stuff|much|a\s+lot)\b|what(?:'s|\s+is|s)\s+(?:on|happening|up|"
    rf"going\s+on|planned|scheduled|coming\s+up)\s+(?:for\s+|on\s+)?(?:my\s+|the\s+)?{_WHEN}|what\s+do\s+i\s+"
    rf"have\s+(?:on|at|going|planned|scheduled|{_WHEN})|what\s+(?:do\s+|have\s+)?(?:i|we)\s*(?:have|got|'ve\s+got|ve\s+got)"
    rf"\s+(?:on\s+|going\s+on\s+|planned\s+|scheduled\s+|coming\s+up\s+)?(?:for\s+|on\s+|at\s+)?{_WHEN}|"
    rf"what\s+(?:have|had)\s+i\s+got\b|what\s+(?:am\s+i|are\s+we|i'm|im|i\s+am)\s+(?:doing|up\s+to)\b|"
    # "walk me through my week", "tell me todays plan"
    rf"\b(?:(?:walk|run|take|talk)\s+(?:me|us)\s+(?:through|over)|describe|summari[sz]e|outline)\s+(?:my|the|our)\s+"
    rf"(?:day|week|weekend|morning|afternoon|evening|plans?)\b|\b{_WHOSE_DAY}\s+plans?\b|"
    # "when does the conference begin", "am i working tomorrow", "whose birthday is it today"
    rf"when\s+(?:does|do|will)\s+the\s+(?:[\w'-]+\s+){{0,2}}?{_EVENT_NOUN}\s+(?:start|begin|end|finish)|"
    rf"\bam\s+i\s+working\b|\bdo\s+i\s+have\s+work\b|\bwhat\s+shifts?\s+(?:do|am|have)\s+i\b|"
    rf"\b(?:whose|anyone'?s|anybody'?s|someone'?s)\s+birthday\b|"
    rf"\b(?:is|are)\s+there\s+(?:anything|something)\s+(?:scheduled|planned|booked|on)\b|"
    rf"\b(?:do|have)\s+i\s+(?:have|got)\s+(?:a\s+|an\s+|any\s+)?(?:gaps?|openings?|free\s+slots?)\b|"
    rf"\bwho(?:'s|\s+is|\s+are)\s+(?:invited|coming|attending|going)\s+to\s+(?:the|my|our)\s+(?:[\w'-]+\s+)?{_EVENT_NOUN}\b|"
    # "when am i seeing mike", "am i seeing sarah this week", "when is the next time i see jane"
    rf"\b(?:when|what\s+time|what\s+day)\s+(?:am\s+i|are\s+we)\s+(?:meeting|seeing|visiting)\b|"
    rf"^(?:\w+\s+)?am\s+i\s+(?:meeting|seeing)\s+(?!(?:things|it|this|that|right|double|you)\b)\w|\bnext\s+time\s+(?:i|we)\s+(?:see|meet)\b|"
    rf"\b(?:anything|something)\s+(?:on\s+|planned\s+|scheduled\s+|happening\s+|going\s+on\s+|coming\s+up\s+)?"
    rf"(?:for\s+|on\s+)?{_WHEN}|\bcoming\s+up\b|\bfirst\s+thing\s+(?:on\s+)?{_WHEN}|"
    rf"(?:have|need|got)\s+to\s+(?:be|go)\s+(?:anywhere|somewhere)|"
    # "remind me if i have anything tomorrow", "remind me of my day", "who do i meet today"
    rf"\b(?:if|whether)\s+(?:i|we)\s+(?:have|got)\s+(?:anything|something|plans|any\s+\w+)|"
    rf"\bremind\s+me\s+(?:of|about)\s+(?:my\s+)?(?:day|week|today|tomorrow|tonight|this\s+week|next\s+week|"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s|s)?$|\bwho\s+do\s+i\s+(?:meet|see)\b|where\s+(?:do|have)\s+i\s+(?:need|have|got)\s+to\s+(?:be|go)\b|"
    rf"my\s+(?:day|week|weekend|morning|afternoon|evening)\s+(?:look|like)|"
    # "give me a rundown of my day", "brief me on tomorrow", "what do i have to do today"
    rf"(?:rundown|summary|overview|briefing)\s+(?:of|for|on)\s+(?:my\s+|the\s+)?(?:day|week|{_WHEN})|"
    rf"brief\s+me\s+(?:on|about|for)\s+(?:my\s+)?(?:day|week|{_WHEN})|"
    rf"what\s+(?:do|must)\s+i\s+(?:have|need)\s+to\s+do\s+(?:on\s+|for\s+)?{_WHEN}|\b{_WHEN}\w*(?:'s)?(?:\s+week(?:end)?)?\s+look(?:s|ing)?\b|"
    rf"(?:when|what\s+time)(?:'s|s|\s+is|\s+are)\s+(?:my|our)\s+\w|"
    rf"(?:do|did|have)\s+i\s+(?:have|got)\s+(?:a|an|any|the|my)?\s*(?:[\w'-]+\s+){{0,2}}?{_EVENT_NOUN}\b|"
    rf"(?:when|what\s+time|what\s+day)\s+(?:do|am|will|did|should|must)\s+i\s+(?:have|need|meet|see|go|leave|start|"
    rf"finish|be|fly|travel|visit)\b|what\s+time\s+(?:does|do|is|will)\s+(?:my|the|our)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:start|begin|end|finish)|(?:who|where)\s+(?:am\s+i|do\s+i)\s+(?:meeting|seeing|having|going)\b|"
    rf"when(?:'s|s|\s+is)\s+[\w'-]+'s\s+(?:birthday|anniversary|party|wedding)|"
    # "whats the plan for tomorrow", "what day is the dentist", "when does my shift start", "do i have time on
    # wednesday", "is there anything i need to do on friday", "tell me about friday"
    rf"\b(?:the|my|our)\s+plans?\s+(?:for\s+|on\s+)?{_WHEN}|(?:what|which)\s+(?:day|date)\s+(?:is|are|was)\s+(?:my|the|our)\s+\w|"
    rf"when\s+(?:does|do|will)\s+(?:my|our)\s+(?:[\w'-]+\s+){{1,3}}?(?:start|begin|end|finish)|"
    rf"(?:do|have)\s+i\s+(?:have|got)\s+(?:any\s+|some\s+)?(?:free\s+)?time\s+(?:on\s+|at\s+)?{_WHEN}|"
    rf"\b(?:anything|something)\s+(?:i|we)\s+(?:need|have|got)\s+to\s+do\s+(?:on\s+|for\s+|at\s+)?{_WHEN}|"
    rf"what\s+am\s+i\s+(?:supposed|meant|scheduled)\s+to\s+(?:be\s+)?(?:do|doing)\b|"
    # "what is the date of the conference", "is there any birthday this week", "do i have to work on saturday"
    rf"\b(?:date|day|time)\s+(?:of|for)\s+(?:my|the|our)\s+(?:[\w'-]+\s+){{0,2}}?{_EVENT_NOUN}\b|"
    rf"\b(?:is|are)\s+there\s+(?:any|a|an)\s+(?:[\w'-]+\s+){{0,2}}?{_EVENT_NOUN}\b|"
    rf"\bdo\s+i\s+(?:have|need)\s+to\s+(?:work|go\s+(?:in|to\s+work)|be\s+at\s+work)\b|"
    # "what time is dinner with sarah", "when is moms birthday party", "is it my sister's birthday today", "anything
    # important on friday", "any clashes tomorrow"
    rf"(?:when|what\s+time|where)(?:'s|s|\s+is|\s+are|\s+was)\s+(?:the\s+(?:(?!(?:nearest|closest)\b)\w+\s+){{0,2}}?|"
    rf"(?:[\w'-]+\s+)?(?=(?:lunch|dinner|breakfast)\b)|(?:my\s+|our\s+)?{_KIN}(?:'s|s)\s+(?:[\w'-]+\s+)?)"
    rf"{_EVENT_NOUN}\b|\bis\s+it\s+(?:my\s+|our\s+)?{_KIN}(?:'s|s)\s+(?:birthday|anniversary|wedding|party)\b|"
    rf"\b(?:anything|something)\s+(?:important|else)\s+(?:on\s+|for\s+)?{_WHEN}|"
    rf"\b(?:conflicts?|clash(?:es)?|double[\s-]?booked|overlaps?)\b|"
    rf"^tell\s+me\s+about\s+(?:my\s+)?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
    rf"sunday|this\s+week(?:end)?|next\s+week)\w*$)")
# "events" and "plans" somewhere ("what events are happening in town") are anyone's, not the user's calendar
_OWN_CALENDAR = re.compile(r"\b(calendar|diary|schedule|agenda|meetings?|mtgs?|appointments?|appts?|busy|free|"
                           r"booked)\b")
_PERSONAL = re.compile(r"\b(my|i|me|i'm|mine|our|we)\b")
_SOMEWHERE = re.compile(r"\b(in\s+town|near\s+(?:me|here|by)|nearby|around\s+(?:here|me|town)|in\s+the\s+city|local|"
                        r"in\s+(?!the\b|a\b)[a-z]+\s+(?:this|next|today|tonight|tomorrow))\b")
_DETERMINER = re.compile(r"^(?:(?:the|a|an|my|our)\s+)+")
# "the list of events": the events, not a list note
_LIST_OF = re.compile(r"\b(?:a|the|my)\s+list\s+of\s+(?=(?:(?:my|all|the|any|upcoming|today's|tomorrow's)\s+)*"
                      r"(?:events|meetings|appointments|e-?mails|reminders|alarms)\b)")
# "list" as the verb of a question ("list my events for today") names no list
_LIST_VERB = re.compile(r"^(?:(?:hey|um|uh|olly|please|can\s+you|could\s+you)\s+)*list\s+(?=my|all|the|any|every|"
                        r"today|tomorrow|tonight|this|next|upcoming|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"events|meetings|appointments|e-?mails|reminders|alarms)")
_OTHER_ERRAND = re.compile(r"\b(maps?|directions?|navigate|route\s+to|pdf|file|files|document|attachment|zoom)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
# An address as spoken: "jane at gmail dot com", "bob dot lee at work dot co dot uk"
_SPOKEN_EMAIL = re.compile(r"\b([a-z0-9][\w-]*(?:\s+dot\s+[a-z0-9][\w-]*)*)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*"
                           r"\s+dot\s+(?:com|org|net|edu|gov|io|co|uk|de|fr|ie|ca|au))\b", re.IGNORECASE)
# "oh" said for a zero before a digit: "oh seven seven one ...", "five five five oh one"
_OH = re.compile(r"\boh(?=\s+(?:zero|one|two|three|four|five|six|seven|eight|nine|\d)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Intent:
    """One read or removal: `action` read/remove/add, `app` calendar/mail/reminders/list/contacts, and the
    values the request gives for it (empty when it gives none). `everything`: a list removal of every item ("clear
    my shopping list")."""

    action: str
    app: str
    query: str = ""
    sender: str = ""
    unread: bool = False
    name: str = ""
    items: str = ""
    email: str = ""
    phone: str = ""
    everything: bool = False


def read_or_remove(text: str, scope: RequestScope) -> Intent | None:
    lowered = spoken_form(text)
    if _ADD_CONTACT.search(lowered) and not scope.question:
        return _contact(text, lowered)
    shared = _passed_on(text)
    if shared is not None:  # "email Ann what's on my calendar tomorrow": the read, passed on
        return shared
    moved = _MOVE.search(lowered)
    if moved is not None and not _NOT_AN_EVENT.search(moved.group("what") or moved.group("moved")):
        what = moved.group("what") or moved.group("moved")
        return Intent("move", "calendar", query=_subject(what), name=_event_title(what),
                      items=moved.group("to") or moved.group("moved_to"))
    if not (scope.question or scope.removal):
        added = _list_addition(lowered)
        if added is not None:
            return added
    if not scope.removal and (looked_up := _lookup_only(lowered)) is not None:
        return looked_up
    setting_alarm = _ALARM.search(lowered) is not None and not _ALARM_OFF.search(lowered)
    terse_read = not setting_alarm and _terse_read(lowered)
    asked = _ASKED.search(lowered) is not None
    question = scope.question or terse_read or asked
    removal = scope.removal or _called_off(lowered, scope)
    done = _DONE.search(lowered) is not None and (not scope.question or _DONE_FIRST.search(lowered) is not None)
    if scope.licensed - {"create_note", "append_note_content"} and not (question or removal or done) \
            and not _ALARM_OFF.search(lowered):
        return Intent("add", "reminders") if setting_alarm else None
    named = re.sub(r"\bcontacts?\s+list\b", "contacts", _LIST_VERB.sub(" ", _LIST_OF.sub(" ", lowered)))
    apps = [app for app, pattern in _APP_PATTERNS.items() if pattern.search(named)]
    no_longer_needed = apps == ["list"] and (_NOT_NEEDED.search(lowered) or _list_then(lowered, "remove"))
    if removal or asks_to_remove(lowered) or done or _ALARM_OFF.search(lowered) or no_longer_needed:
        return _removal(lowered, apps)
    if question and _OTHER_ERRAND.search(lowered):
        return None  # "open my ski trip note and show the chalet on the map": more than one read, the planner's
    if question and (not scope.licensed or terse_read or asked or _STRONG_DETAIL.search(lowered)):
        if _CONTACT_DETAIL.search(lowered) and not _bare_mail(lowered) and (person := _whose(lowered)):
            return Intent("read", "contacts", name=person, items="phone" if _asks_phone(lowered) else "email")
        if _STRONG_DETAIL.search(lowered):
            return None  # whose detail is not clear: the planner's lookup, never a mail search
        return _question(lowered, apps or _unnamed_app(lowered, scope))
    return None


def _called_off(lowered: str, scope: RequestScope) -> bool:
    """An event removed without a removal verb before it ("lunch with sam is cancelled", "meeting tomorrow cancel");
    only an event's, so that a list is never emptied for want of the items' names, not news to pass on ("text kwame
    practice is cancelled") and not an errand of an event to add ("add a meeting to cancel the subscription")."""
    event = re.search(rf"\b(?:calendar|diary|schedule|agenda|{_EVENT_NOUN})\b", lowered)
    return not scope.question and event is not None and not scope.licensed - {"create_calendar_event"} \
        and not _ADDS.search(lowered) and (_CALLED_OFF.search(lowered) or _CANCELLED.search(lowered)) is not None


def _terse_read(lowered: str) -> bool:
    """An app named as a thing to look at, alone or after a verb that asks to be shown it ("my meetings tomorrow",
    "tell me my schedule"): a read even where "schedule" or "remind" would otherwise ask to act."""
    if re.search(r"\b(cancel|delete|remove|erase|clear|scrap|drop|rid)\b", lowered):
        return False  # "open my calendar and clear friday" removes
    shown = _SHOW.match(lowered)
    said = shown.group("what") if shown else lowered
    if shown and (_AGENDA.search(lowered) or _CONTACT_ASKED.search(lowered)) and not _ACTS.search(said):
        return True  # "walk me through my week", "find the contact of my mom"
    if shown and " ".join(shown.group("verb").split()) in _ALSO_ACTS \
            and (not _AGENDA_NOUNS.search(said) or _AHEAD_OF.search(said) or shown.group("about") == "about"):
        return False
    return _LOOK_AT.search(said) is not None and not _ACTS.search(said) and len(said.split()) <= _TERSE_WORDS \
        and not re.search(r":\s", said)  # "plans for saturday: hiking with sam" is a note


def _passed_on(text: str) -> Intent | None:
    """The calendar read sent on, `name` who gets it (a name, an address or a number), `items` "sms" or "mail"."""
    found = next((m for pattern in _SEND_AGENDA if (m := pattern.search(text))), None)
    if found is None:
        return None
    verb = (found.groupdict().get("verb") or "").lower()
    by = _BY.search(text)
    said = (by.group(1) or by.group(0)) if by else verb
    channel = "sms" if re.search(r"text|sms|message", said.lower()) else "mail"
    who = " ".join(_ROLE.sub("", found.group("who").strip()).split()).strip(" ,")
    who = who.title() if who.islower() and not re.search(r"[@\d]", who) else who
    return Intent("send", "calendar", name=who, items=channel) if who else None


def _unnamed_app(lowered: str, scope: RequestScope) -> list[str]:
    """The app a question means without naming it: "what do i have on saturday" (calendar), "anything from the
    bank" (mail), "what do i need from the store" (a list), "what did i ask you to remind me" (reminders)."""
    if scope.out_of_scope:
        return []
    if _FROM_SOMEONE.search(lowered) or _WROTE.search(lowered):
        return ["mail"]
    if _CONTACT_ASKED.search(lowered):
        return ["contacts"]
    if _SHOPPING.search(lowered):
        return ["list"]
    if re.search(r"\bremember\b", lowered):
        return ["reminders"]
    if _AGENDA.search(lowered):
        return ["calendar"]  # "remind me if i have anything on friday" asks what is on
    # "remind me whats on today", "remind me what i have on tuesday", "remind me when the party is" ask what is
    # on, not for the reminders; "remind me when my meeting starts" asks for one
    if re.search(r"\bremind(?:ed)?\s+(?:me|you)\b"
                 r"(?!\s+(?:of\s+|about\s+)?(?:(?:what|where|who)(?:'s|s)?\b|when\b(?=.*\b(?:is|are)$))(?!.*\bremind))",
                 lowered):
        return ["reminders"]
    return []


def _removal(lowered: str, apps: list[str]) -> Intent | None:
    if "contacts" in apps:
        return None  # "delete my friend john from my contacts": no tool removes a contact
    if re.search(r"\balarms?\b", lowered):
        return Intent("remove", "reminders", name="Alarm")
    if "reminders" in apps or (_DONE.search(lowered) and "list" not in apps):
        name = _reminder_name(lowered)
        if not name or _NO_ITEM.fullmatch(name) or _ALL_DONE.search(lowered):
            return None  # "clear my completed reminders" names no one reminder to complete
        return Intent("remove", "reminders", name=name)
    if "list" in apps:
        items = _removed_items(lowered)
        if _BY_PLACE.match(items):
            return None  # "remove the last item from my list": which one it is, the request does not say
        if (not items or _EVERY_ITEM.match(items)) and re.search(r"\b(?:lists?|groceries)\b", lowered):
            if re.search(r"\bnotes?\b", lowered):
                return None  # "delete my groceries note" asks to delete a note, which no tool does, not its lines
            return Intent("remove", "list", name=_list_name(lowered), everything=True)
        return Intent("remove", "list", name=_list_name(lowered), items=items)
    if "calendar" in apps or _STATED_TIME.search(lowered) or re.search(rf"\b{_EVENT_NOUN}\b", lowered):
        return Intent("remove", "calendar", query=_subject(lowered))
    struck = _STRUCK_OFF.search(lowered)
    items = _named_items(lowered, struck.group("taken") or struck.group("struck")) if struck else ""
    if not items or _PRONOUN.match(items) or _NOT_AN_ITEM.search(items) or _NO_ITEM.search(items):
        return None  # "scratch that" takes back what was said; "take the day off" is no list's
    return Intent("remove", "list", name="List", items=items)


def _removed_items(lowered: str) -> str:
    """The items a list removal names: "remove X from ...", "shopping list remove X", "we dont need X anymore"."""
    said = ((found := _ITEMS.search(lowered)) and found.group(1)) \
        or ((found := _list_then(lowered, "remove")) and found.group("items")) \
        or ((found := _NOT_NEEDED.search(lowered)) and (found.group("items") or found.group("more")
                                                         or found.group("need"))) \
        or ((found := _STRUCK_OFF.search(lowered)) and (found.group("taken") or found.group("struck")))
    return _named_items(lowered, said) if said else ""


def _named_items(lowered: str, said: str) -> str:
    """The items as a list, "it" / "them" read as the thing bought or not needed before ("i bought the milk take it
    off")."""
    named = _item_list(said)
    if _PRONOUN.match(named) and (antecedent := _ANTECEDENT.search(lowered)):
        return _item_list(antecedent.group(1))
    return named


def _list_then(lowered: str, action: str) -> re.Match[str] | None:
    """"shopping list remove eggs" (action "remove") or "shopping list add bread" ("add")."""
    found = _LIST_THEN.search(lowered)
    if found is None or (found.group("verb") in ("add", "put")) != (action == "add"):
        return None
    return found


def _question(lowered: str, apps: list[str]) -> Intent | None:
    if not apps:
        return None
    app = apps[0] if len(apps) == 1 else next(a for a in ("mail", "reminders", "list", "calendar", "contacts")
                                               if a in apps)
    if app == "calendar":
        if not _OWN_CALENDAR.search(lowered) and not _PERSONAL.search(lowered) and _SOMEWHERE.search(lowered):
            return None  # "what events are happening in town": not the user's calendar
        return Intent("read", "calendar", query=_subject(lowered))
    if app == "mail":
        return _mail_question(lowered)
    if app == "reminders":
        return Intent("read", "reminders")
    if app == "contacts":
        asked = _CONTACT_ASKED.search(lowered)
        words = [w for w in next(filter(None, asked.groups()), "").split() if w not in _NOT_A_NAME] if asked else []
        return Intent("read", "contacts", name=" ".join(words).title(), items="phone") if words else None
    if app == "list" and re.search(r"\b(?:lists?|groceries)\b", lowered):
        return Intent("read", "list", name=_list_name(lowered))
    if app == "list" and _SHOPPING.search(lowered):
        return Intent("read", "list", name="Shopping list")
    return None  # a note read by its title ("open my ski trip note") is the planner's: its name is free text


def _mail_question(lowered: str) -> Intent:
    """Who from, about what, and whether only new mail: "any new mail from tom", "did kate write back"."""
    sender = _SENDER.search(lowered)
    wrote = _WROTE.search(lowered) or _SENT_BY.search(lowered)
    who = sender.group(1) if sender else next(filter(None, wrote.groups()), "") if wrote else ""
    who = "" if who.strip() in _NOBODY_IN_PARTICULAR else _tidy(_DETERMINER.sub("", re.sub(r"'s\b", "", who)))
    about = _ABOUT.search(lowered) or _SEARCH_FOR.search(lowered)
    query = _tidy(_DETERMINER.sub("", about.group(1))) if about else ""
    return Intent("read", "mail", sender=who, query=query if _tidy(_MAIL_WORDS.sub(" ", query)) else "",
                  unread=bool(_UNREAD.search(lowered)))


def _list_addition(lowered: str) -> Intent | None:
    """Items added to a list, or a new list ("start a grocery list with eggs and milk"), when the request is only
    that and the items are plain words: a detail to look up, an event or a time is the planner's."""
    added = _LIST_ADD.search(lowered) or _ADD_TO_THEN.search(lowered) or _list_then(lowered, "add")
    if added is not None:
        items = _item_list(added.group("items"))
        if _PRONOUN.match(items) and (antecedent := _ANTECEDENT.search(lowered)):
            items = _item_list(antecedent.group(1))  # "we need coffee put it on the shopping list"
        if not items or _PRONOUN.match(items) or _NOT_AN_ITEM.search(items):
            return None
        return Intent("add", "list", name=_list_name(f"my {added.group('list')}"), items=items)
    created = _LIST_CREATE.search(lowered)
    if created is None or _NOT_AN_ITEM.search(created.group("items") or ""):
        return None
    called = _tidy(_DETERMINER.sub("", created.group("called") or ""))
    name = f"{created.group('name')} list" if created.group("name") else called or "New list"
    return Intent("create", "list", name=name[:1].upper() + name[1:], items=_item_list(created.group("items") or ""))


def _lookup_only(lowered: str) -> Intent | None:
    """A contact's detail asked for with nothing else: "jane's number", "find sam's email address", "phone number
    for jake". Any other word ("... and text her") leaves the request to the rules for questions or the planner."""
    if not _CONTACT_DETAIL.search(lowered) or _bare_mail(lowered) or _DOES_SOMETHING.search(lowered):
        return None
    person = _whose(lowered)
    rest = _LOOKUP_WORDS.sub(" ", re.sub(rf"\b{re.escape(person.lower())}(?:'s|s)?\b", " ", lowered)) if person else "x"
    if _tidy(rest):
        return None
    return Intent("read", "contacts", name=person, items="phone" if _asks_phone(lowered) else "email")


def _bare_mail(lowered: str) -> bool:
    """"email" alone where a mail is meant, not an address: "read mike's email", "the email from sam"."""
    return re.search(r"\be-?mails?\b(?!\s+(?:ad+res|id\b))", lowered) is not None \
        and _MAIL_LOOK.search(lowered) is not None and not re.search(r"\b(phone|number|mobile|cell|ad+res+)\b", lowered)


def _whose(lowered: str) -> str:
    for pattern in _WHOSE:
        match = pattern.search(lowered)
        words = [w for w in match.group(1).split() if w not in _NOT_A_NAME and not _TIME_WORDS.fullmatch(w)] \
            if match else []
        if len(words) == 2 and match and match.group(1).startswith("my ") and re.fullmatch(_KIN, words[0]):
            words = words[1:]  # "the email of my friend john": john; "aunt lucy" is her name
        if any(re.fullmatch(_NOT_A_PERSON, word) for word in words):
            return ""  # "the address of my meeting tomorrow" is the event's
        if words:
            return " ".join(words).title()
    return ""


def _asks_phone(lowered: str) -> bool:
    return re.search(r"\b(phone|number|mobile|cell|landline|call)\b", lowered) is not None and \
        re.search(r"\be-?mail\b", lowered) is None


def _contact(text: str, lowered: str) -> Intent | None:
    said = _written_out(text)
    email = _EMAIL.search(said)
    phone = _PHONE.search(said)
    rest = _EMAIL.sub(" ", _PHONE.sub(" ", _written_out(lowered)))
    found = (pattern.search(rest) for pattern in _CONTACT_NAME)
    person = next((p for m in found if m and (p := _tidy(_NOT_NAME_WORDS.sub(" ", m.group(1))))), "")
    if not person:
        return None
    return Intent("add", "contacts", name=person.title(), email=email.group(0) if email else "",
                  phone=_digits_said(phone.group(0).strip()) if phone else "")


def _digits_said(number: str) -> str:
    """A number said digit by digit ("5 5 5 01 2 3") as one; one written in groups ("555 123 4567") as it is."""
    groups = number.split()
    return "".join(groups) if all(len(group) <= 2 for group in groups) else number


def _written_out(text: str) -> str:
    """An address and a number as they are written: "jane at gmail dot com" -> "jane@gmail.com", "five five five
    oh one" -> "5 5 5 01"."""
    def address(found: re.Match[str]) -> str:
        return "@".join(re.sub(r"\s+dot\s+", ".", part) for part in found.groups())
    return spoken_numbers_as_digits(_OH.sub("zero", _SPOKEN_EMAIL.sub(address, text)))


def _subject(lowered: str) -> str:
    """The words that say which events: a person after "with", else what is left once the verbs, fillers, app
    words and time words are gone ("remove thursday's lunch from my calendar" -> "lunch")."""
    person = _WITH.search(lowered)
    if person is not None:
        return _tidy(re.sub(r"\b(the|a|an|my|our)\b", " ", _TIME_WORDS.sub(" ", person.group(1))))
    return _words(lowered)


def kind_of_event(text: str) -> str:
    """The kind of event a removal names when it names neither a title nor a time ("cancel the meeting", "delete my
    appointment"): only events with that word in their title can go, and the approval lists them. "the event" names
    no kind, and "my next meeting" is one event that the kind alone does not pick."""
    if re.search(r"\b(next|first|last|upcoming|earliest|soonest)\b", spoken_form(text)):
        return ""
    kind = re.search(r"\b(meeting|appointment|appt|call|class|session|lunch|dinner|breakfast|party|interview|"
                     r"practice|rehearsal|presentation|conference|shift|reservation|booking|flight|trip)s?\b",
                     spoken_form(text))
    return kind.group(1) if kind else ""


def _event_title(what: str) -> str:
    """A moved event's title: its words without the time it was at ("next saturday's book club" -> "Book club")."""
    words = _tidy(re.sub(r"\b(my|the|a|an|our|of|hmm|uh|um|er|like)\b", " ",
                         _TIME_WORDS.sub(" ", re.sub(r"'s\b", "", what))))
    return words[:1].upper() + words[1:]


def _reminder_name(lowered: str) -> str:
    """Which reminder: the words after "reminder to/about", or before "reminder" ("the dentist reminder"), else
    what is left once verbs and fillers are gone ("mark buy milk as done" -> "buy milk")."""
    after = re.search(r"\breminders?\s+(?:about|to|for|that|of|called|named|saying|re)\s+(.+?)"
                      r"(?:\s+(?:as\s+)?(?:done|complete|completed|finished|off|please))*$", lowered)
    before = re.search(r"\b(?:the|my|that|this)\s+(.+?)\s+reminders?\b", lowered)
    named = _tidy(_DETERMINER.sub("", after.group(1))) if after else _words(before.group(1)) if before else ""
    return named if named and not _PRONOUN.match(named) else _words(lowered)


def _words(lowered: str) -> str:
    return _tidy(_FILLERS.sub(" ", _TIME_WORDS.sub(" ", re.sub(r"'s\b", "", lowered))))


def _list_name(lowered: str) -> str:
    called = _LIST_CALLED.search(lowered)
    if called is not None:
        return called.group(1)[:1].upper() + called.group(1)[1:]
    match = _LIST_NAME.search(lowered)
    if match is None:
        return "Groceries" if re.search(r"\bgroceries\b", lowered) else "List"
    # "remove the list" at the start of a request: the verb is no part of the name
    words = _tidy(re.sub(r"^(?:(?:my|the|our|this|that|remove|delete|clear|erase|empty|open|show|read|check)\s+)+", "",
                         match.group(1)))
    name = f"{words} {match.group(2)}" if words else match.group(2)
    return name[:1].upper() + name[1:]


def _item_list(text: str) -> str:
    cleaned = re.sub(r"\b(the|a|an|some|my)\b", " ", text)
    cleaned = re.sub(r"\bitems?\b", " ", cleaned) if _tidy(re.sub(r"\bitems?\b", " ", cleaned)) else cleaned
    parts = [_tidy(p) for p in re.split(r",|\band\b|&", cleaned)]
    return ", ".join(p for p in parts if p)


def _tidy(text: str) -> str:
    return " ".join(re.sub(r"[^\w'@.+-]+", " ", text).split()).strip(" .'")
