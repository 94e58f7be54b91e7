"""The pytest plugin (fixtures, the offline marker and option), run in isolated pytest sessions."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

FIXTURE_TESTS = """
import pytest
import openai

def test_fixtures(openai_fake, openai_client, async_openai_client):
    assert isinstance(openai_client, openai.OpenAI) and isinstance(async_openai_client, openai.AsyncOpenAI)
    openai_fake.queue_reply("scripted")
    reply = openai_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert reply.choices[0].message.content == "scripted"
    assert len(openai_fake.requests) == 1

def test_each_test_gets_a_fresh_fake(openai_fake):
    assert openai_fake.requests == []

@pytest.mark.anyio
async def test_async_fixture(async_openai_client, openai_fake):
    response = await async_openai_client.responses.create(model="gpt-4o", input="hi")
    assert response.output_text == "Fake reply to: hi"

@pytest.fixture
def anyio_backend():
    return "asyncio"
"""

REAL_CALLS = """
import httpx
import pytest
import openai

@pytest.mark.openai_offline
def test_marked_sync():
    openai.OpenAI(api_key="sk-real", max_retries=0).models.list()

@pytest.mark.openai_offline
def test_marked_azure():
    httpx.get("https://myres.openai.azure.com/openai/models")

@pytest.mark.openai_offline
@pytest.mark.anyio
async def test_marked_async():
    async with openai.AsyncOpenAI(api_key="sk-real", max_retries=0) as client:
        await client.models.list()

@pytest.mark.openai_offline
def test_marked_fake_is_fine(openai_client):
    assert openai_client.models.list().data

def test_unmarked_other_hosts_untouched():
    assert httpx.HTTPTransport.handle_request.__name__ == "handle_request"
    assert httpx.HTTPTransport.handle_request.__qualname__ == "HTTPTransport.handle_request"

@pytest.fixture
def anyio_backend():
    return "asyncio"
"""


def test_fixtures_work_in_a_user_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(FIXTURE_TESTS)
    result = pytester.runpytest("-p", "anyio", "-W", "error")
    result.assert_outcomes(passed=3)


def test_the_marker_fails_tests_that_reach_the_real_api(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(REAL_CALLS)
    result = pytester.runpytest("-p", "anyio")
    result.assert_outcomes(passed=2, failed=3)
    # Each failure's report is the guard's message (in file order), not a connection error.
    result.stdout.fnmatch_lines(
        [
            "*_ test_marked_sync _*",
            "This test tried to reach the real OpenAI API (https://api.openai.com/v1/models)*",
            "*_ test_marked_azure _*",
            "This test tried to reach the real OpenAI API (https://myres.openai.azure.com/openai/models)*",
            "*_ test_marked_async _*",
            "This test tried to reach the real OpenAI API (https://api.openai.com/v1/models)*",
        ]
    )


def test_the_option_applies_to_every_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import openai

        def test_unmarked():
            openai.OpenAI(api_key="sk-real", max_retries=0).models.list()

        def test_guard_is_removed_after_each_test():
            pass
        """
    )
    result = pytester.runpytest("--openai-offline")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*_ test_unmarked _*", "This test tried to reach the real OpenAI API*"])


def test_the_option_and_marker_are_documented(pytester: pytest.Pytester) -> None:
    assert "--openai-offline" in pytester.runpytest("--help").stdout.str()
    assert "openai_offline:" in pytester.runpytest("--markers").stdout.str()


def test_loading_the_plugin_does_not_load_the_fake(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys

        def test_nothing_loaded():
            assert "openai.testing._pytest_plugin" in sys.modules
            assert "openai.testing._fake" not in sys.modules
            assert "openai.types" not in sys.modules
        """
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=1)
