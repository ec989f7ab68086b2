# Reads each feed file named on the command line with Python feedparser and
# prints what it read as JSON: bozo, the version it detected, and per entry
# the title (as text: HTML titles are turned into their text), id, link,
# published instant (seconds since the epoch, UTC) and author names.
import calendar
import html
import json
import re
import sys

import feedparser

TAG = re.compile(r"<[^>]*>")


def text(detail, value):
    if value is None:
        return None
    if detail is not None and detail.get("type") in ("text/html", "application/xhtml+xml"):
        return html.unescape(TAG.sub("", value))
    return value


def instant(entry):
    parsed = entry.get("published_parsed")
    return calendar.timegm(parsed) if parsed else None


results = {}
for path in sys.argv[1:]:
    feed = feedparser.parse(path)
    results[path] = {
        "bozo": feed.bozo,
        "bozo_exception": str(feed.get("bozo_exception", "")),
        "version": feed.version,
        "title": text(feed.feed.get("title_detail"), feed.feed.get("title")),
        "entries": [
            {
                "title": text(entry.get("title_detail"), entry.get("title")),
                "title_type": (entry.get("title_detail") or {}).get("type"),
                "id": entry.get("id"),
                "link": entry.get("link"),
                "time": instant(entry),
                "authors": [author.get("name") for author in entry.get("authors", []) if author.get("name")],
            }
            for entry in feed.entries
        ],
    }
json.dump(results, sys.stdout)
