"""What a request asks for, read from its words before any model: which tools its errands name, and whether it
is a question, a removal or something no tool does.

    scope = request_scope("remove thursday's lunch from my calendar")
    scope.removal, scope.licensed          # True, frozenset()  (no errand asks to create or send anything)

A plan may only create or send what a request asks for (DESIGN.md). A small planner turns "remove thursday's
lunch" into a new event and "have i received any email since five pm" into a mail. This module gives the
evidence a plan is checked against (agent/planning/scope_check.py):
- `licensed`: the side-effect tools that some errand of the request names by its own words ("remind",
  "text", "email", "calendar", "note"...), counting only errands that are neither questions nor removals;
- `question`, `removal`, `out_of_scope`: positive evidence that the request asks to read, to remove, or for
  something no tool does (music, weather, smart home, timers, trivia, social media, ordering food). An alarm
  is a reminder at that time (Errand has no alarm sound; the reminder's notification is the nearest it has).
A request with none of that evidence is left to the planner, so terse notes to self ("mtg w/ ana mon 3pm")
still plan as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The words by which an errand names each side-effect tool (COMPAT section 1), lower case.
TOOL_WORDS: dict[str, str] = {
    "create_calendar_event": r"calendar|diary|agenda|schedule|reschedule|meeting|mtg|appointment|appt|event|invite|"
                             r"block\s+(?:off|out)?",
    "create_reminder": r"remind|reminder|reminders|to-?do|alarm|alarms|wake\s+me|nudge\s+me|ping\s+me|buzz\s+me|"
                       r"alert\s+me|don'?t\s+let\s+me\s+forget|make\s+sure\s+i\s+(?:remember|don'?t\s+forget)",
    # "tell me a story", "let me know": the user is told, nobody is texted
    "send_sms": r"text|sms|txt|message|tell\s+(?!(?:me|us|everyone|everybody)\b)\w+|"
                r"let\s+(?!(?:me|us|everyone|everybody)\b)\w+\s+know|msg|heads[\s-]?up|ping|"
                r"(?:ask|poke|bug)\s+(?!(?:me|us|for|about|if|whether|what|when|where|how|who|why|the|a|an|my)\b)\w+",
    "compose_new_email": r"e-?mail|mail|write\s+to|cc",
    "reply_to_email": r"reply|respond|response|answer|write\s+back|get\s+back\s+to|shoot\s+back",
    "forward_email": r"forward|fwd|(?:send|route|share)\s+(?:this|the|that)\s+(?:thread|e-?mail|mail|message)|"
                     r"loop\s+.+?\s+in\s+on\s+(?:this|the|that)\s+(?:thread|e-?mail|mail)|"
                     r"pass\s+(?:this|it|that)(?:\s+(?:e-?mail|mail|message|thread))?\s+(?:on|along)",
    "create_note": r"note|notes|list|jot|write\s+down",
    "append_note_content": r"note|notes|list|add\s+.+\s+to\s+my(?!\s+(?:calendar|schedule|agenda|diary)\b)",
    "get_zoom_meeting_link": r"zoom",
}
# A question asked at the end: "alarm for six am tomorrow is it set", "the dentist is on friday right"
_QUESTION_END = re.compile(r"\b(?:is\s+(?:it|that|this|one)\s+(?:set|on|there|booked|still\s+on)|right|isn'?t\s+it|"
                           r"did\s+i|have\s+i|do\s+i)\s*\??$")
_REMINDING = re.compile(rf"\b(?:{TOOL_WORDS['create_reminder']})\b")
_INFINITIVE = re.compile(r"\bto\s+$")
# A request put as a question is still a request: "can you let bjorn know by text?", "could u ping ana?"
_POLITE_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+"
    r"(?:please\s+|pls\s+|just\s+|quickly\s+|also\s+)*(?!tell|check|find|look|see|read|show|give\s+me|get\s+me)"
    r"(?:text|e-?mail|mail|message|send|remind|schedule|set|put|add|book|create|make|jot|note|write|forward|reply|"
    r"respond|invite|let|ask|ping|shoot|drop|fire|pencil|block|arrange|organi[sz]e|start|open\s+a|loop|cc|save|"
    r"store|record|log|stick|pass|route|share|zoom|plan|move)\b")
# Time off work, not a removal: "take friday off", "take the day off tomorrow"
DAY_OFF = re.compile(r"\btak(?:e|ing)\s+(?:the\s+)?(?:day|days|week|afternoon|morning|evening|"
                     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today)\s+off\b")
_REMOVAL = re.compile(r"\b(remove|delete|cancel|clear|erase|unschedule|get\s+rid\s+of|take\s+.*\boff\b|"
                      r"cross\s+.*\boff\b|cross\s+out|call\s+off|scratch|scrap|strike|"
                      # "drop her an email", "drop me a line" send something; "drop the dentist" removes it
                      r"drop(?!\s+(?:[\w'-]+\s+){0,2}?(?:a|an)\s+(?:e-?mail|line|text|txt|note|message|msg|mail|"
                      r"dm|call|reminder|invite)\b)|"
                      r"(?:get|pull|knock)\s+.*\boff\s+(?:my|the|our)\b|"
                      # "wipe my schedule for tomorrow", "empty the shopping list": only a calendar, day or list
                      r"(?:wipe|empty)\s+(?:out\s+)?(?:my|the|our)\s+(?:[\w'-]+\s+)?(?:calendar|diary|schedule|agenda|day|"
                      r"morning|afternoon|evening|list|note))\b")
_QUESTION_START = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|erm|hmm|oh|well|like|yeah|and|siri|olly|alexa|google|assistant|please|"
    r"let'?s|let\s+us)"
    r"[\s,]+)*"
    r"(?:remind\s+me\s+(?:what|what's|whats|when|where|who|which|if|whether|(?:of|about)\s+(?:my|all\s+my|the)\s+"
    r"(?:schedule|agenda|plans|alarms|reminders|meetings|appointments|events))|"
    r"what|what's|whats|"
    r"when|when's|where|where's|which|who|who's|whos|whom|whose|why|how|is|are|am|do|does|did|have|has|had|was|"
    r"were|any|anything|got\s+(?:any|anything)|check|read|list|tell\s+me|i\s+(?:was\s+)?wonder(?:ing)?\s+(?:if|whether|what|when|who)|"
    r"would\s+you\s+mind\s+(?:checking|reading|telling|looking|seeing|showing)|show\s+(?:me\s+)?(?:my|all|any|the|what|e-?mails?|mails?|"
    r"messages?|reminders?|alarms?|meetings?|events?|appointments?|calendar|schedule|agenda|inbox|unread)|"
    r"give\s+me\s+(?:my|a\s+list|(?:the|a)\s+(?:details|info|information|time|date|rundown|summary|overview))|"
    r"at\s+what|brief\s+me|summari[sz]e\s+(?:my\s+|the\s+|today's\s+|tomorrow's\s+)?(?:day|week|schedule|calendar|"
    r"agenda|e-?mails?|mails?|inbox|messages?|reminders?)\b|let\s+me\s+know|(?:i'd|id)\s+like\s+to\s+(?:know|see|hear)|"
    r"find\s+(?:my|all|any|(?:the\s+)?(?:e-?mails?|mails?|messages?))|look\s+up|"
    r"look\s+for|search|(?:look|go)\s+(?:in|through|at)\s+(?:my|the)|"
    r"i\s+(?:want|would\s+like|need)\s+to\s+(?:hear|read|check|see\s+(?:my|what|if|whether|who|when))|(?:open|pull\s+up|bring\s+up)\s+(?:my|the)\s+(?:[\w'-]+\s+){0,2}?(?:list|inbox|calendar|diary|schedule|agenda|reminders|e-?mails?|mails?|contacts?)|"
    r"(?:open|go\s+to|check)\s+(?:my\s+)?(?:gmail|outlook|inbox)|"
    r"(?:i\s+)?(?:want|need|would\s+like)\s+to\s+know|"
    # "confirm my alarm for tomorrow", "view alarms", "display my calendar", "alarm status"
    # not "see the dentist tomorrow at four" or "view the flat at three", which are events
    r"(?:confirm|verify)\s+(?:if|whether|that)|(?:confirm|verify|view|display|see)\s+(?:my\s+|all\s+(?:my\s+)?|the\s+)?"
    r"(?:[\w'-]+\s+)?(?:alarms?|reminders?|calendar|schedule|agenda|events|meetings|appointments|e-?mails|inbox|lists?|notes)|"
    r"see\s+(?:what|if|whether)|"
    r"(?:my\s+|the\s+)?(?:alarms?|reminders?|calendar|schedule)\s+status|"
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+(?:me|us)|check|find|look|see|read|show)|do\s+you\s+know)\b")
# Words as typed in a hurry or misheard, read as meant ("whats on my calender tomorow", "cancle my meeting").
_TYPOS = {"calender": "calendar", "calandar": "calendar", "calander": "calendar", "schedual": "schedule",
          "shedule": "schedule", "schedul": "schedule", "meetins": "meetings", "meetin": "meeting",
          "meetng": "meeting", "meetngs": "meetings", "appointmnet": "appointment", "apointment": "appointment",
          "emials": "emails", "emial": "email", "emaisl": "emails", "chek": "check", "cancle": "cancel",
          "cancell": "cancel", "remider": "reminder", "reminer": "reminder", "remiders": "reminders",
          "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "tmrw": "tomorrow",
          "tmr": "tomorrow", "shoping": "shopping", "grocey": "grocery", "wether": "weather", "wats": "whats",
          "wat": "what", "nubmer": "number", "numer": "number", "adress": "address", "im": "i'm", "thurs": "thursday",
          "tues": "tuesday", "wensday": "wednesday", "wedensday": "wednesday", "fri": "friday"}
_TYPO_WORDS = re.compile(r"\b(" + "|".join(_TYPOS) + r")\b")
# Taking back what was just said is no removal: "map a route to X... hmm, cancel that - plot one to Y", "scratch
# that, text bob instead", "meet dana and manuel at 8. take dana off that."
_CANCEL_THAT = re.compile(r"\b(?:cancel|scratch|scrap|drop|forget|strike|nix|undo)\s+(?:that|this)\b"
                          r"(?=\s*(?:[-–—,.;:!]|$)|\s+(?:and|then|i\s+mean|instead|actually|please|ok|okay|oh|no|"
                          r"wait|hmm|um|uh|i|we|let'?s|text|e-?mail|mail|send|call|remind|schedule|make|put|add|set|"
                          r"book|plot|map|show|tell|let|get|go|use)\b)")
_TAKEN_BACK = re.compile(rf"{_CANCEL_THAT.pattern}|\btake\s+[\w'-]+(?:\s+[\w'-]+)?\s+off\s+(?:that|this|it)\b"
                         r"(?:\s+(?:invite|meeting|event|one|e-?mail|mail|text|list))?(?=\s*(?:[-–—,.;:!]|$))")
# "remove milk form my list", "take bread of the list": "from" and "off" as misheard after a removal's verb
_MISHEARD_FROM = re.compile(r"(\b(?:remove|delete|take|cross|scratch|erase|drop)\b.*?\s)(form|of)"
                            r"(\s+(?:my|the|our)\s+)")
_OUT_OF_SCOPE = re.compile(
    r"\b(weather|forecast|temperature|rain|raining|snow|sunny|umbrella|music|song|songs|playlist|album|podcast|"
    r"radio|volume|louder|quieter|mute|play|playing|lights?|lamp|bulb|thermostat|heating|vacuum|plug|timer|"
    r"news(?!\s+from\b)|headlines|joke|jokes|tweet|twitter|facebook|instagram|tiktok|post|stock|stocks|currency|exchange\s+rate|"
    r"convert|translate|recipe|cook|order|takeaway|pizza|uber|taxi|lyft|score|match|league|game|definition|define|"
    r"spell|calculate|math|audiobook|tv|television|netflix|movie|movies|trending|calories|sunset|sunrise|"
    r"sun\s+(?:set|rise)|traffic|concerts?|fun\s+fact|facts?|trivia|capital\s+of|president|population|"
    r"how\s+(?:tall|old|far|big|long\s+ago|much\s+is)|what\s+year|who\s+(?:won|invented|wrote|sang)|"
    r"meaning\s+of|(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\s+(?:plus|minus|times)\b|divided\s+by|lock|unlock|(?:open|close|shut)\s+(?:the\s+|my\s+)?(?:front\s+|back\s+|garage\s+)?(?:door|garage)|"
    r"what\s+time\s+is\s+it|"
    r"what\s+(?:day|date)\s+is\s+it|today'?s\s+date|how\s+are\s+you|what\s+can\s+you\s+do|"
    r"(?:is|are)\s+(?:\w+\s+){1,3}open|opening\s+hours|what(?:'s|s|\s+is)\s+the\s+(?:time|date)(?!\s+(?:of|for)\s+(?:my|the|our)\b)|interesting|bored|"
    r"ounces?|pounds?|inches|miles|kilometers|grams|cups|liters|litres|tickets?|linkedin|"
    r"snapchat|social\s+media|jazz|rock|classical|hip\s+hop|rap|tunes|spotify|"
    r"(?:book|find|get|search\s+for|look\s+for)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+)?(?:cheap\w*\s+)?(?:flights?|hotel)|"
    r"flight\s+(?:prices|deals|status)|(?:poor|bad|terrible|awful|horrible|lousy)\s+(?:service|product|"
    r"quality|experience|delivery)|(?:disappointed|unhappy|not\s+happy)\s+with|complain|(?:service|product|food|"
    r"delivery|quality)\s+(?:was|is)\s+(?:\w+\s+)?(?:bad|terrible|awful|horrible|poor|lousy|slow|rude|disappointing)|complaint|followers|"
    r"book\s+(?:a\s+|us\s+a\s+|me\s+a\s+)?table|reserve\s+(?:a\s+)?table)\b"
    r"|^(?:stop|pause|resume|shut\s+up|be\s+quiet|hello|hi|hey|good\s+(?:morning|night))$"
    # thanks that is not the request's last word ("thank you! that reminder helped"); "..., thanks!" is politeness
    r"|\b(?:thanks|thank\s+you)\b(?!(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance|\s+olly)?\W*$)"
    r"|^\W*(?:(?:ok|okay|oh|hey|great|cool|perfect|awesome|nice|olly|so|well)\W+)*(?:thanks|thank\s+you)\b")
# Small talk, the clock and the radio, which no tool serves either
_CHAT_CLOCK_RADIO = re.compile(
    # "tell me something funny", "do you love me", "you are the best", "i am feeling sad", "tell me about yourself"
    r"\b(?:funny|yourself|(?:tell|read)\s+(?:me\s+|us\s+)?an?\s+(?:story|poem|riddle)|sing\s+(?:me|us|a)|"
    r"dance\s+(?:for|with)\s+me|love\s+(?:me|you)|(?:do|can|would|will)\s+you\s+(?:like|"
    r"think|feel|dream|marry|ever)|you\s+are\s+(?:\w+\s+)?(?:best|great|awesome|amazing|smart|stupid|useless|cool|"
    r"funny|nice|good|bad|annoying)|i(?:'m|\s+am)\s+(?:feeling\s+)?(?:\w+\s+){0,2}(?:sad|happy|bored|lonely|tired|"
    r"hungry|depressed|angry|stressed|upset)|feeling\s+(?:\w+\s+){0,2}(?:sad|happy|down|low|lonely|tired|blue)|"
    # "what time is it in tokyo", "current time please", "what day of the week is the twentieth", "days until christmas"
    r"(?:what|the)\s+time\s+(?:is\s+it\s+)?in\s+[a-z]+|time\s*zones?|current\s+(?:time|date)|^(?:the\s+)?(?:time|date)(?:\s+(?:now|please))*$|"
    r"day\s+of\s+the\s+week|what\s+day\s+(?:is|will\s+be|falls\s+on)\s+(?:the\s+)?(?:\w+\s+)?(?:\d{1,2}(?:st|nd|rd|th)|"
    r"(?:twenty|thirty)?\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|twentieth|thirtieth))$|"
    r"(?:days|weeks|sleeps)\s+(?:left\s+)?(?:until|till|til|to|before)\s+(?:christmas|xmas|new\s+year|easter|"
    r"halloween|thanksgiving|the\s+weekend)|"
    # "tune in to classic fm", "switch to the next station", "update my status to busy", "let everyone know"
    r"(?:tell|let)\s+(?:everyone|everybody)\b|repeat\s+(?:that|it|yourself)|say\s+(?:that|it)\s+again|"
    r"what\s+did\s+you\s+(?:just\s+)?say|come\s+again|tune\s+(?:in|into|to)|(?:radio|next|previous|another|other|favou?rite)\s+stations?|fm|channel|my\s+status)\b")
# More of what no tool does, as people say it to an assistant: chat about the assistant or the user's day, advice
# and recommendations, food and drink to make or order, the home's devices, prices, word meanings, and tickets or
# rides booked elsewhere.
_NO_TOOL_DOES = re.compile(
    r"\b(?:your\s+favou?rite|are\s+you\s+(?:a\s+)?(?:robot|human|real|alive|single|married|ok|okay|there)|"
    r"do\s+you\s+have\s+(?:a\s+)?(?:boyfriend|girlfriend|family|friends|feelings|pets?)|i\s+had\s+a\s+\w+\s+day|"
    r"what'?s\s+(?:up|good)$|how'?s\s+it\s+going|you'?re\s+(?:wrong|right|welcome)|you\s+are\s+(?:wrong|welcome)|"
    r"(?:not|isn'?t)\s+what\s+i\s+(?:asked|meant|said|wanted)|what\s+is\s+my\s+(?:name|location)$|who\s+am\s+i$|"
    r"where\s+am\s+i$|in\s+the\s+world|history\s+of|recommend\w*|suggest\w*|square\s+root|"
    r"(?:best|good|nice)\s+(?:place|restaurant|spot|bar|cafe|pizza|burger|sushi)|"
    r"what\s+should\s+i\s+(?:eat|cook|watch|read|wear|do\s+tonight)|nearest|nearby|near\s+me|around\s+here|"
    r"how\s+do\s+(?:i|you)\s+(?:make|cook|bake|say|get\s+rid|fix|cure|tie|lose|learn)|"
    r"how\s+long\s+(?:will\s+it\s+take\s+to|to|do\s+i|should\s+i)\s+(?:boil|bake|roast|cook|fry)|"
    r"latte|espresso|cappuccino|brew|make\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?(?:(?:cup|pot|mug)\s+of\s+)?"
    r"(?:coffee|tea)|"
    r"(?:does|do|will|can)\s+(?:[\w'-]+\s+){1,6}deliver|food\s+delivery|order\s+(?:some\s+)?food|takeout|take\s*away|"
    r"bitcoin|crypto|dow\s+jones|nasdaq|shares|price\s+of|need\s+(?:a\s+|an\s+)?(?:jacket|coat|sweater|scarf|gloves)|"
    r"(?:cold|hot|warm|windy|chilly|freezing|humid)\s+(?:outside|out\s+there)|what\s+does\s+[\w'-]+\s+mean|"
    r"what\s+is\s+an?\s+[\w'-]+$|ceo|founder|prime\s+minister|socket|hoover|mop|kindle|ebook|do\s+not\s+disturb|"
    r"battery|charge\s+my|(?:give|leave|send)\s+(?:them\s+|some\s+)?feedback|(?:a|need\s+a|book\s+a|get\s+a)\s+ride|(?:book|call|get|order|need)\s+(?:me\s+|us\s+)?(?:a\s+)?cab|timetable|next\s+(?:bus|train)|"
    r"what\s+time\s+does\s+.+\s+(?:open|close)|"
    r"clean\s+the\s+(?:kitchen|floor|house|living\s+room|bedroom|carpet|bathroom)|"
    # trivia asked in the past tense or about the world, not about the user's day
    r"when\s+(?:was|were)\s+(?!my\b|our\b|the\s+last\b)|who\s+(?:was|invented|discovered|painted|directed|founded|"
    r"created|built|composed)\b|stand\s+for|percent|how\s+many\s+(?:people|countries|states|continents|planets|"
    r"bones|teeth|legs|ounces|grams|feet|inches|miles|kilometers|cups|teaspoons|tablespoons)|latest\s+on|"
    r"breaking\s+news|"
    # the home's devices and the speaker itself
    r"fan|air\s+con\w*|kettle|dishwasher|washing\s+machine|dryer|sprinklers?|blinds|curtains|roomba|wemo|hue|"
    r"smart\s+(?:plug|home|speaker)|turn\s+(?:it|that|this|the\s+sound)\s+(?:up|down)|next\s+track|shuffle)\b"
    r"|^(?:(?:olly|hey|hi)\s+)*(?:stop|pause|resume|shut\s+up|be\s+quiet|hello|good\s+(?:morning|night|afternoon|"
    r"evening)|can\s+you\s+help(?:\s+me)?|help(?:\s+me)?|i\s+(?:hate|love|like|miss)\s+[\w']+)(?:\s+olly)?$")
# Tickets and rides are booked elsewhere: such a request names no route to show nor an event to make, unless it
# also asks plainly for a tool ("remind me to book the train tickets").
_BOOKED_RIDE = re.compile(r"\b(?:(?:book|buy|get|order|reserve)\s+(?:me\s+|us\s+)?(?:[\w'-]+\s+){0,3}?(?:tickets?|"
                          r"flights?|seats?)|taxi|cab|uber|lyft|a\s+ride|fares?|timetable|next\s+(?:bus|train))\b")
_WATCHED_FOR = re.compile(r"\b(?:alert|notify|ping|buzz|nudge|update|tell)\s+me\b.*\b(?:news|headlines|weather|"
                          r"traffic|scores?|stocks?|prices?|rain|snow|sports?)\b")
_ASKED_PLAINLY = re.compile(r"\b(?:calendar|diary|agenda|remind|reminder|e-?mail|text|sms|message|note|list)\b")
# Things no tool does that are done in a place, not in the user's calendar: "what events are happening in town"
_SOMEWHERE_ELSE = re.compile(r"\b(events?|things\s+to\s+do|happening|going\s+on|shows?|gigs?|festivals?)\b.*"
                             r"\b(in\s+town|near\s+(?:me|here|by)|nearby|around\s+(?:here|me|town)|in\s+the\s+city|"
                             r"local)\b")
_OWN_CALENDAR = re.compile(r"\b(my|our)\s+(calendar|schedule|agenda|plans|events?)\b")
# A word for something Errand's tools work with: a request naming none of them that asks for something no tool
# does ("play some jazz", "what's the weather tomorrow") needs no step at all, not even a read.
_NAMES_A_TOOLS_THING = re.compile(
    r"\b(calendar|schedule|agenda|meetings?|mtgs?|appointments?|appts?|events?|invite|remind|reminders?|"
    r"to-?dos?|alarms?|wake\s+me|text|texts|sms|messages?|msg|e-?mails?|e-?mailed|mail|inbox|reply|forward|"
    r"notes?|lists?|groceries|shopping|contacts?|number|phone|address|zoom|maps?|directions?|navigate|route|"
    r"drive|walk|file|files|pdf|document|folder|attachment|busy|free|plans|get\s+to|way\s+to|take\s+me\s+to|"
    r"transit|public\s+transport|train|bus|subway|bike|cycle)\b")
_SOCIAL = re.compile(r"\b(facebook|twitter|tweet|instagram|tiktok|linkedin|snapchat|social\s+media|my\s+status|"
                     r"my\s+(?:feed|story|wall)|(?:my\s+)?followers|share\s+(?:this|it|that)\s+(?:on|with\s+(?:everyone|"
                     r"my\s+friends)))\b")
# A complaint to a company is a social post in spoken assistants' terms ("complain to amazon that my package is
# late"); an email or a text the request names is still one ("email my landlord a complaint about the heater").
_COMPLAINT = re.compile(r"\b(?:complain|complaint|complaining|(?:give|leave|send)\s+(?:them\s+|some\s+)?feedback|"
                        r"customer\s+(?:service|care|support)|"
                        r"(?:poor|bad|terrible|awful|horrible|lousy)\s+(?:service|product|quality|experience|"
                        r"delivery)|(?:disappointed|unhappy|not\s+happy)\s+with|(?:service|product|food|delivery|"
                        r"quality)\s+(?:was|is)\s+(?:\w+\s+)?(?:bad|terrible|awful|horrible|poor|lousy|slow|rude))\b")
_QUOTED = re.compile(r"(?<![\w'])['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,80}['\"\u2019\u201d](?![\w'])")
_NAMED_MESSAGE = re.compile(r"\b(?:e-?mail|mail|text|sms|txt)\b")
_AUDIENCE = re.compile(r"\b(everyone|everybody|followers|my\s+friends|people|the\s+world)\b")
# An event said without a calendar word: a verb that puts something on a day ("put dentist on thursday", "book a
# hair cut on saturday", "plan a party for next saturday"), or a note to self that starts with what happens and
# says when ("lunch with mom on saturday at one"). Not for things booked elsewhere (a table, a taxi, a flight).
_DAY_WORD = (r"(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|"
             r"the\s+(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)?[\s-]?(?:first|second|third|fourth|fifth|sixth|"
             r"seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth))|"
             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:the\s+)?\w+|"
             r"new\s+year'?s(?:\s+eve|\s+day)?|christmas(?:\s+eve|\s+day)?|xmas|easter|thanksgiving|halloween|"
             r"valentine'?s(?:\s+day)?)")
_FILLER_LEAD = (r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|olly|please|can\s+you|could\s+you|would\s+you|will\s+you|"
                r"i\s+(?:need|want|would\s+like)\s+(?:you\s+)?to|go\s+ahead\s+and|also)\s+)*")
_PLACED_EVENT = re.compile(
    _FILLER_LEAD + r"(?:add|put|pencil(?:\s+in)?|book|mark|hold|save|plan|organi[sz]e|arrange|set(?:\s+up)?|make|"
    r"create|enter)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:(?:on|for|to|at|in|this|next|every|coming)\s+)*" + _DAY_WORD + r"\b")
_EVENT_KIND = (r"(?:lunch|dinner|breakfast|brunch|drinks|coffee|party|date|date\s+night|dentist|doctor'?s?|haircut|"
               r"hair\s+cut|gym|yoga|class|lesson|practice|training|interview|birthday|anniversary|wedding|"
               r"get\s+together|catch\s+up|meet\s+up|meetup|(?:conference\s+)?call\s+with|meet\s+with|recital|"
               r"rehearsal|graduation|funeral|reunion|picnic|barbecue|bbq|sleepover|playdate|exam|shift|surgery|"
               r"check\s*up|physio|therapy|dance|football|soccer|tennis|swimming|golf|baby\s+shower|vacation|"
               r"holiday|trip)")
# "lunch with mom on saturday at one", "i have a dentist thursday at ten", "i've got football practice on friday"
_TERSE_EVENT = re.compile(
    _FILLER_LEAD + r"(?:i\s+have\s+(?:got\s+)?|i'?ve\s+got\s+|i\s+got\s+|there'?s\s+)?"
    r"(?:(?:a|an|my|the|our)\s+)?(?:[\w'-]+\s+)?" + _EVENT_KIND + r"\b(?=.*\b" + _DAY_WORD + r"\b)")
_BOOKED_ELSEWHERE = re.compile(r"\b(?:table|taxi|cab|uber|lyft|ride|flight|flights|hotel|train|bus|ticket|tickets|"
                               r"seat|seats|car|lights?|alarm|timer|list|lists|groceries|shopping|note|notes|contacts?|"
                               r"phone\s+book|address\s+book)\b")
# Out-of-scope words that also name an event ("add the school play to friday", "put the football match on
# saturday"): no evidence against a request that asks for the event.
_EVENT_NOUNS = re.compile(r"\b(?:play|match|game|concerts?|movies?|show|gig)\b")
_ANY_TOOL_WORD = re.compile(r"\b(?:" + "|".join(TOOL_WORDS.values()) + r")\b")
_RETRACTION = re.compile(r"(?:\bdon'?t|\bdo not|\bno need to|\bnever mind|(?<!don't )(?<!dont )(?<!do not )\bforget"
                         r"|\bskip|\bno)"
                         r"(?:\s+(?:bother|need|to|the|a|an|about|sending|making|setting|that))*\s*$")
_CLAUSE = re.compile(r"[.;!?](?:\s+|$)|,?\s+(?:and\s+then|and|then|also|plus|but)\s+|,\s+|\s+[-–—]+\s+|\n+")


@dataclass(frozen=True)
class RequestScope:
    licensed: frozenset[str]  # side-effect tools an acting errand of the request names
    question: bool
    removal: bool
    out_of_scope: bool
    retracted: frozenset[str] = frozenset()  # tools the user took back ("... - actually, don't email him")
    unserved: bool = False  # out of scope and naming nothing any tool works with: no step at all serves it

    @property
    def restricts(self) -> bool:
        """True when the request gives evidence that it may not want everything a planner could write."""
        return self.question or self.removal or self.out_of_scope or bool(self.retracted)


def spoken_form(text: str) -> str:
    """The request in lower case with plain apostrophes and its common misspellings and mishearings mended."""
    lowered = re.sub(r"[\u2018\u2019]", "'", text.lower()).strip()
    mended = _TYPO_WORDS.sub(lambda m: _TYPOS[m.group(1)], lowered)
    return _MISHEARD_FROM.sub(lambda m: f"{m.group(1)}{'from' if m.group(2) == 'form' else 'off'}{m.group(3)}", mended)


def request_scope(text: str) -> RequestScope:
    lowered = spoken_form(text)
    clauses = [c.strip() for c in _CLAUSE.split(lowered) if c and c.strip()]
    licensed: set[str] = set()
    unquoted = _QUOTED.sub(" ", lowered)  # a title or text in quotes is what to write, not what is asked for
    social = bool(_SOCIAL.search(unquoted))
    names_a_thing = False
    question = removal = reminding = False
    for clause in clauses:
        is_question = bool(_QUESTION_START.search(clause) or _QUESTION_END.search(clause)) or (
            clause.endswith("?") and not _POLITE_REQUEST.search(clause))
        removing = None if DAY_OFF.search(clause) else _REMOVAL.search(_TAKEN_BACK.sub(",", clause))
        naming = _ANY_TOOL_WORD.search(clause)
        # "a reminder thursday, at 9 to cancel the free trial": what to be reminded of, not a removal
        reminded = removing is not None and reminding and _INFINITIVE.search(clause[:removing.start()]) is not None
        is_removal = _removes(removing, naming) and not reminded
        reminding |= _REMINDING.search(clause) is not None
        question |= is_question
        removal |= is_removal
        said = _QUOTED.sub(" ", clause)
        if _SOCIAL.search(said) or social and _AUDIENCE.search(said) \
                or _COMPLAINT.search(said) and not _NAMED_MESSAGE.search(said):
            continue  # a post on social media ("... and tell everyone") is no message, mail or note of Errand's
        if _BOOKED_RIDE.search(clause) and not _ASKED_PLAINLY.search(clause) or _WATCHED_FOR.search(clause):
            continue  # "order a taxi for my appointment" asks for no appointment; "alert me of any news" no reminder
        names_a_thing |= bool(_NAMES_A_TOOLS_THING.search(clause))
        if is_question or is_removal:
            continue
        licensed |= {tool for tool, words in TOOL_WORDS.items() if re.search(rf"\b(?:{words})\b", clause)}
    if not (licensed or question or removal) and _placed_event(lowered):
        licensed.add("create_calendar_event")
    elsewhere = bool(_SOMEWHERE_ELSE.search(lowered)) and not _OWN_CALENDAR.search(lowered)
    out_of_scope = _out_of_scope_words(_EVENT_NOUNS.sub(" ", unquoted) if "create_calendar_event" in licensed
                                       else unquoted) or elsewhere
    unserved = not licensed and (elsewhere or out_of_scope and not names_a_thing)
    retracted = _retracted(lowered)
    return RequestScope(frozenset(licensed - retracted), question, removal, out_of_scope, retracted, unserved)


def _out_of_scope_words(lowered: str) -> bool:
    return bool(_OUT_OF_SCOPE.search(lowered) or _CHAT_CLOCK_RADIO.search(lowered) or _NO_TOOL_DOES.search(lowered))


def _placed_event(lowered: str) -> bool:
    """The request asks for one event without naming the calendar or any other tool ("put dentist on thursday",
    "lunch with mom on saturday at one"), and names nothing booked elsewhere or that no tool does."""
    return bool(_PLACED_EVENT.search(lowered) or _TERSE_EVENT.search(lowered)) \
        and not (_BOOKED_ELSEWHERE.search(lowered) or _ANY_TOOL_WORD.search(lowered)
                 or _out_of_scope_words(_EVENT_NOUNS.sub(" ", lowered)))


def names_a_tool_thing(text: str) -> bool:
    """The request names something Errand's tools work with (a calendar, a mail, a file, a route...)."""
    return _NAMES_A_TOOLS_THING.search(spoken_form(text)) is not None


def asks_to_remove(text: str) -> bool:
    """The whole request, not clause by clause, asks to remove something ("take milk and bread off my list")."""
    lowered = _TAKEN_BACK.sub(",", spoken_form(text))
    return not DAY_OFF.search(lowered) and _removes(_REMOVAL.search(lowered), _ANY_TOOL_WORD.search(lowered))


def _removes(removing: re.Match[str] | None, naming: re.Match[str] | None) -> bool:
    """"remind me to cancel the order" asks for a reminder: a removal verb counts only before any tool's word."""
    return removing is not None and (naming is None or removing.start() < naming.start())


def _retracted(lowered: str) -> frozenset[str]:
    """Tools the request takes back after naming them: a negation right before a tool's word ("don't email",
    "no need to text her", "never mind the reminder") that comes after the last time the tool was asked for, or
    a "cancel that" after every time it was ("zoom gabe at 9... hmm, cancel that - email saoirse")."""
    cancelled = [m.start() for m in _CANCEL_THAT.finditer(lowered)]
    taken_back = set()
    for tool, words in TOOL_WORDS.items():
        mentions = [(m.start(), bool(_RETRACTION.search(lowered[max(0, m.start() - 30):m.start()])))
                    for m in re.finditer(rf"\b(?:{words})\b", lowered)]
        if mentions and (mentions[-1][1] or (cancelled and mentions[-1][0] < cancelled[-1])):
            taken_back.add(tool)
    return frozenset(taken_back)
