"""``assistant classify``: JSON lines in, one labelled line out per input line, in order."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.cli.classify import label_line


def lines(*objects: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects)


def outputs(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_classify_writes_one_line_per_reply_in_order(runner):
    replies = [{"id": f"r{i}", "text": text} for i, text in enumerate(
        ["yes please", "we don't vaccinate", "STOP", "is it safe?", "wrong number"])]
    result = runner.invoke(args=["classify"], input=lines(*replies))
    assert result.exit_code == 0, result.output
    out = outputs(result)
    assert [o["id"] for o in out] == ["r0", "r1", "r2", "r3", "r4"]
    assert [o["label"] for o in out] == ["agree", "refused", "opt_out", "hesitant", "wrong_number"]
    assert all(set(o) == {"id", "label", "confidence"} for o in out)
    assert all(0.0 <= o["confidence"] <= 1.0 for o in out)


def test_a_bad_line_gets_an_unclear_line_with_an_error_and_exit_1(runner):
    result = runner.invoke(args=["classify"], input=lines(
        {"id": 1, "text": "yes"}, "this is not json", [1, 2], {"id": 4}, {"id": 5, "text": 7},
        {"text": "no id"}, "", {"id": 8, "text": "book him in"}))
    assert result.exit_code == 1
    out = outputs(result)
    assert len(out) == 8
    assert out[0]["label"] == "agree" and "error" not in out[0]
    for bad in out[1:7]:
        assert bad["label"] == "unclear" and bad["confidence"] == 0.0 and bad["error"]
    assert out[3]["id"] == 4 and "text" in out[3]["error"]
    assert out[1]["id"] is None and "not JSON" in out[1]["error"]
    assert out[7] == {"id": 8, "label": "agree", "confidence": out[7]["confidence"]}
    assert "could not be read" in result.stderr
    assert "Traceback" not in result.output


def test_undecodable_bytes_are_a_bad_line_not_a_crash(runner):
    data = b'{"id": 1, "text": "\xff\xfe yes"}\n' + lines({"id": 2, "text": "yes"}).encode()
    result = runner.invoke(args=["classify"], input=data)
    assert result.exit_code == 1
    out = outputs(result)
    assert "UTF-8" in out[0]["error"] and out[1]["label"] == "agree"


def test_empty_long_emoji_and_control_character_texts_are_labelled(runner):
    result = runner.invoke(args=["classify"], input=lines(
        {"id": "empty", "text": ""},
        {"id": "long", "text": ("We are really not sure about this. " * 50)[:1600]},
        {"id": "emoji", "text": "🤷‍♀️"},
        {"id": "thumbs", "text": "👍"},
        {"id": "control", "text": "\x00\x07STOP\x1f\r"},
    ))
    assert result.exit_code == 0, result.output
    out = {o["id"]: o for o in outputs(result)}
    assert out["empty"]["label"] == "unclear"
    assert out["long"]["label"] == "hesitant"
    assert out["emoji"]["label"] == "unclear"
    assert out["thumbs"]["label"] == "agree"
    assert out["control"]["label"] == "opt_out"


def test_explain_adds_language_and_reasons(runner):
    result = runner.invoke(args=["classify", "--explain"],
                           input=lines({"id": "x", "text": "Tak, proszę"}))
    out = outputs(result)[0]
    assert out["language"] == "pl" and out["label"] == "agree" and out["reasons"]


def test_a_utf8_bom_on_the_first_line_is_ignored():
    out, good = label_line(b'\xef\xbb\xbf{"id": "a", "text": "yes"}')
    assert good and out["label"] == "agree"


def test_classify_streams_each_answer_before_the_input_ends():
    """A reply is labelled as soon as its line arrives, so the command can sit in a pipe."""
    process = subprocess.Popen(
        [sys.executable, "-c",
         "from assistant.cli.classify import classify_command; classify_command()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdin and process.stdout
        process.stdin.write(json.dumps({"id": "first", "text": "yes please"}) + "\n")
        process.stdin.flush()
        first = json.loads(process.stdout.readline())  # stdin is still open here
        assert first["id"] == "first" and first["label"] == "agree"
        process.stdin.write(json.dumps({"id": "second", "text": "STOP"}) + "\n")
        process.stdin.close()
        second = json.loads(process.stdout.readline())
        assert second["label"] == "opt_out"
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
