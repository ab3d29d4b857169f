import os

from flask import Flask

app = Flask(__name__)
# Folder 3 links back to folder 1, so walking the whole tree would never end.
FOLDERS = {
    1: {"name": "Projects", "children": [2]},
    2: {"name": "Website", "children": [3]},
    3: {"name": "Shared", "children": [1]},
}


class LoopDetected(Exception):
    pass


def tree(folder_id, path=()):
    if folder_id in path:
        raise LoopDetected(" > ".join(map(str, [*path, folder_id])))
    folder = FOLDERS[folder_id]
    children = [tree(child, (*path, folder_id)) for child in folder["children"]]
    return {"id": folder_id, "name": folder["name"], "children": children}


@app.get("/folders/<int:folder_id>/tree")
def folder_tree(folder_id):
    try:
        return tree(folder_id)
    except LoopDetected as loop:
        return {"error": "The folder tree contains a loop", "loop": str(loop)}, 508


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
