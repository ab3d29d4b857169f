import os

from flask import Flask, redirect, url_for

app = Flask(__name__)


# The articles moved to /blog for good; old links keep working.
@app.get("/articles/<slug>")
def old_article(slug):
    return redirect(url_for("blog_post", slug=slug), code=301)


@app.get("/blog/<slug>")
def blog_post(slug):
    return f"Blog post: {slug}", 200, {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
