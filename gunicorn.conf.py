"""gunicorn's settings file, read from the working directory (the Procfile's web process).

Only a hook: the bind address, workers and threads stay on the Procfile's command line.
"""


def post_worker_init(worker) -> None:
    """Each web worker makes the reply readers ready in the background, so the first parent
    who speaks on a call does not wait about 3 s for them (``labels_cosign.warm_up``)."""
    from assistant.scripts.labels_cosign import warm_up_in_background

    warm_up_in_background()
