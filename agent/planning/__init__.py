"""Planning: from the request and the selected tools to the best plan the planner can write.

- `backends/`: the planner models (llama.cpp in process, an OpenAI-compatible server, a scripted one for tests);
- `prompts/`: the prompt profiles (Errand's compact one, TinyAgent's) and chat templates;
- `grammar`, `gbnf`: the GBNF grammar built from the selected tools' signatures, and its checker;
- `plan_maker`: one planning call: free or grammar-constrained generation, resampling, mending and
  continuation, and the ranking that chooses among the attempts (`agreement`, `grounding`, `repair`,
  `continuation` hold the rules it ranks and mends by; `date_fill`, `text_fill` and `scope_check` hold
  the chosen plan to the request: its dates, its words, and only the side effects it asks for).

A plan with the wrong tools, a redundant lookup or a step left out is fixed here. Uses `toolrag` (examples
and probabilities), `understanding` (placeholders), `plans` and `tools`.
"""
