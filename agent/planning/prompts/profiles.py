"""The prompt profiles, looked up by name.

- `tinyagent`: COMPAT section 3 in the `### Instruction / ### Input / ### Response` template, for the released
  TinyAgent-1.1B and -7B GGUFs.
- `tinyagent-chat`: the same messages rendered with the model's own chat template (`tokenizer.chat_template`
  from the GGUF metadata, passed in as `chat_template`), for fine-tunes that carry one.
- `errand-compact`: the compact prompt Errand's own default planner was trained on. It has no joiner
  (`join_prompt` returns None: the session then joins deterministically from the observations), and it
  ignores retrieved examples and custom instructions, which that model never saw in training. It plans on the
  request with names, files, addresses and quoted text replaced by placeholders
  (`agent.understanding.placeholders`). Its replan
  prompt inserts the previous attempt before `Plan:`; the model is only as good at it as its training data.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.planning.prompts.compact import COMPACT_PROFILE, render_compact_prompt, render_compact_replan_prompt
from agent.planning.prompts.profile import Observations, PlanRequest, PromptProfile, previous_attempt
from agent.planning.prompts.templates import ChatTemplate, ChatTemplateError
from agent.planning.prompts.tinyagent import TinyAgentProfile
from agent.plans.plan import END_OF_PLAN, Plan
from tools.catalogue import TINYAGENT_TOOL_NAMES


@dataclass(frozen=True)
class CompactProfile:
    name: str = COMPACT_PROFILE
    stop: tuple[str, ...] = (END_OF_PLAN,)
    join_stop: tuple[str, ...] = ()
    masks_values: bool = True
    # the shipped default planner was trained on TinyAgent's 16 tools; Errand's seven reads and removals are
    # planned from the request's words (agent/planning/routes.py) until a planner trained on all 23 ships
    tools: tuple[str, ...] = TINYAGENT_TOOL_NAMES

    def plan_prompt(self, request: PlanRequest) -> str:
        return render_compact_prompt(request.query, request.tool_names, request.now)

    def replan_prompt(self, request: PlanRequest, previous: Plan, observations: Observations) -> str:
        return render_compact_replan_prompt(request.query, request.tool_names, request.now,
                                            previous_attempt(previous, observations))

    def join_prompt(self, query: str, log: str) -> str | None:
        return None


PROFILE_NAMES: tuple[str, ...] = ("tinyagent", "tinyagent-chat", COMPACT_PROFILE)


def get_profile(name: str, chat_template: str | None = None) -> PromptProfile:
    """The profile called `name`; `tinyagent-chat` needs the model's chat template."""
    if name == "tinyagent":
        return TinyAgentProfile()
    if name == "tinyagent-chat":
        if not chat_template:
            raise ChatTemplateError("profile 'tinyagent-chat' needs a model whose GGUF has a chat template")
        return TinyAgentProfile(name="tinyagent-chat", template=ChatTemplate(chat_template))
    if name == COMPACT_PROFILE:
        return CompactProfile()
    raise ValueError(f"unknown prompt profile {name!r}; choose one of {', '.join(PROFILE_NAMES)}")
