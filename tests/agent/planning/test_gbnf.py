"""The GBNF checker accepts what llama.cpp runs and rejects what would crash or hang it."""

from __future__ import annotations

import pytest

from agent.planning.gbnf import GrammarError, gbnf_literal, validate_gbnf

GOOD = [
    'root ::= "yes" | "no"',
    'root ::= item ("," item)*\nitem ::= [a-z] [a-z0-9-]{0,8}',
    'root ::= "{" ws "\\"k\\": " num "}"\nnum ::= "-"? [0-9]+\nws ::= [ \\t]?',
    '# a comment\nroot ::= (\n  "a" |\n  "b"\n) "\\x41\\u00e9"  # trailing\n',
    'root ::= [^"\\\\\\x00-\\x1F] . "\\n"',
    'root ::= x{2} x{1,} x{0,3}\nx ::= "x"',
    'root ::= "(" root ")" | "()"',  # recursion that is not left recursion is fine unless finite=True
]

BAD = [
    ('root ::= foo', "undefined rule 'foo'"),
    ('main ::= "x"', "no 'root' rule"),
    ('root ::= "x"\nroot ::= "y"', "defined twice"),
    ('root ::= "abc', "unterminated literal"),
    ('root ::= [a-z', "unterminated character class"),
    ('root ::= ("a" | "b"', "unbalanced '('"),
    ('root ::= "a" )', "unbalanced ')'"),
    ('root ::= "a" |', "empty alternative"),
    ('root ::= ()', "empty alternative"),
    ('root ::= ""', "empty literal"),
    ('root ::= [z-a]', "reversed range"),
    ('root ::= "\\q"', "unknown escape"),
    ('root ::= "\\x4"', "bad \\x escape"),
    ('root ::= x{3,1}\nx ::= "x"', "max < min"),
    ('root ::= x{2,\nx ::= "x"', "malformed repetition"),
    ('root ::= * "a"', "nothing to repeat"),
    ('root_rule ::= "a"', "expected '::='"),
    ('root "a"', "expected '::='"),
    ('root ::= ("a"?)*', "can match nothing"),
    ('root ::= opt+ "b"\nopt ::= "a"?', "can match nothing"),
    ('root ::= root "a" | "b"', "left-recursive"),
    ('root ::= a\na ::= b? "x"\nb ::= root "y"', "left-recursive"),
]


@pytest.mark.parametrize("grammar", GOOD)
def test_accepts_valid_grammars(grammar: str) -> None:
    validate_gbnf(grammar)


@pytest.mark.parametrize(("grammar", "reason"), BAD)
def test_rejects_broken_grammars_with_the_reason(grammar: str, reason: str) -> None:
    with pytest.raises(GrammarError) as info:
        validate_gbnf(grammar)
    assert reason in str(info.value)


@pytest.mark.parametrize(("grammar", "reason"), [
    ('root ::= "a"*', "unbounded repetition"),
    ('root ::= "a"+', "unbounded repetition"),
    ('root ::= x{2,}\nx ::= "x"', "unbounded repetition"),
    ('root ::= "(" root ")" | "()"', "recursive"),
])
def test_finite_mode_rejects_unbounded_languages(grammar: str, reason: str) -> None:
    validate_gbnf(grammar)
    with pytest.raises(GrammarError, match=reason):
        validate_gbnf(grammar, finite=True)


def test_every_problem_is_listed() -> None:
    with pytest.raises(GrammarError) as info:
        validate_gbnf('root ::= a | b\nc ::= "x"\nc ::= "y"')
    assert len(info.value.problems) == 3


def test_literal_escapes_round_trip_through_the_checker() -> None:
    text = 'say "hi"\\ \n\t\x01 <END_OF_PLAN>'
    quoted = gbnf_literal(text)
    validate_gbnf(f"root ::= {quoted}")
    assert quoted.startswith('"say \\"hi\\"\\\\ \\n\\t\\x01 ')


# The problems llama.cpp itself detects: it logs them and returns a NULL sampler, which llama-cpp-python would
# then use and segfault on. (`{3,1}` aborts llama.cpp outright, so it is not probed here.)
NATIVE_REJECTS = {
    "undefined rule 'foo'", "no 'root' rule", "unterminated literal", "unterminated character class",
    "unbalanced '('", "unbalanced ')'", "unknown escape", "bad \\x escape", "malformed repetition",
    "nothing to repeat", "expected '::='", "left-recursive",
}


def test_llama_cpp_agrees_with_the_checker(tiny_gguf) -> None:
    llama_cpp = pytest.importorskip("llama_cpp")
    llm = llama_cpp.Llama(str(tiny_gguf), n_ctx=64, verbose=False)

    def native_accepts(grammar: str) -> bool:
        sampler = llama_cpp.llama_sampler_init_grammar(llm._model.vocab, grammar.encode(), b"root")
        if sampler:
            llama_cpp.llama_sampler_free(sampler)
        return bool(sampler)

    try:
        assert all(native_accepts(g) for g in GOOD)
        rejected = [g for g, reason in BAD if reason in NATIVE_REJECTS]
        assert len(rejected) == 14
        assert not any(native_accepts(g) for g in rejected)
    finally:
        llm.close()
