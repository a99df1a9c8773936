import json


def render(title: str, body: str) -> str:
    return "<h1>" + title + "</h1>" + "<p>" + body + "</p>" + "<footer>rendered by app.views</footer>"
