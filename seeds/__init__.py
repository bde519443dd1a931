"""The sample article shown on first run. Installed as the package `store.sample` (see pyproject.toml),
so a wheel carries it; the folder stays at the top of the repository for people to find."""
