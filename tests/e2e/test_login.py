"""An editor logs in through the real login page in Chromium and lands on the desk."""

import pytest

from tests.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_editor_logs_in_and_reaches_the_desk(page, live_server, editor):
    page.goto(f"{live_server.url}/")
    assert "/login/" in page.url  # the desk is for members only

    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.click("form:has(#id_password) button[type=submit]")

    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#id_password").count() == 0


def test_a_wrong_password_keeps_the_editor_out(page, live_server, editor):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "not-the-password")
    page.click("form:has(#id_password) button[type=submit]")

    assert "/login/" in page.url
    assert page.locator("[role=alert]").is_visible()
