"""Checks docker-compose.yml for what the README promises, without a Docker engine.

Docker Compose's own `config` validates the syntax and schema (.ci/run runs it when Compose can
be installed); this check adds the project's requirements: the broker, the registry and the
pipeline, health checks on each, the pipeline starting after a healthy broker and registry, and
the pipeline wired to the registry and serving /health. It parses the YAML with PyYAML when
present (Debian's docker-compose brings it) and falls back to a line-based reading otherwise.
"""
import re
import sys


def load(text):
    try:
        import yaml
    except ImportError:
        return None
    return yaml.safe_load(text)


def check_parsed(doc, errors):
    services = (doc or {}).get("services") or {}
    for required in ("kafka", "registry", "newsstream"):
        if required not in services:
            errors.append(f"service {required!r} missing (found {sorted(services)})")
    for name in ("kafka", "registry", "newsstream"):
        if name in services and "healthcheck" not in services[name]:
            errors.append(f"{name} needs a healthcheck")
    pipeline = services.get("newsstream") or {}
    if "build" not in pipeline:
        errors.append("newsstream must be built from this repository (build: .)")
    depends = pipeline.get("depends_on") or {}
    for dep in ("kafka", "registry"):
        if not isinstance(depends, dict) or (depends.get(dep) or {}).get("condition") != "service_healthy":
            errors.append(f"newsstream must depend on a healthy {dep}")
    env = pipeline.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    if not str(env.get("NEWSSTREAM_SCHEMA_REGISTRY_URL", "")).startswith("http://registry:"):
        errors.append("newsstream must use the registry (NEWSSTREAM_SCHEMA_REGISTRY_URL=http://registry:...)")
    if not env.get("NEWSSTREAM_HTTP_PORT"):
        errors.append("newsstream must serve /health and /metrics (NEWSSTREAM_HTTP_PORT)")
    if "kafka:" not in str(env.get("NEWSSTREAM_BOOTSTRAP_SERVERS", "")):
        errors.append("newsstream must use the compose broker (NEWSSTREAM_BOOTSTRAP_SERVERS=kafka:...)")
    ports = " ".join(str(p) for p in (services.get("kafka") or {}).get("ports") or [])
    if "9092:9092" not in ports:
        errors.append("the broker must be reachable from the host on localhost:9092")


def check_lines(text, errors):
    services = re.search(r"^services:\n((?:[ ]{2}.*\n|\n|#.*\n)+)", text, re.M)
    if not services:
        errors.append("no top-level services: block")
        return
    names = re.findall(r"^  ([a-z][a-z0-9-]*):\s*$", services.group(1), re.M)
    for required in ("kafka", "registry", "newsstream"):
        if required not in names:
            errors.append(f"service {required!r} missing (found {names})")
    if text.count("healthcheck:") < 3:
        errors.append("the broker, the registry and the pipeline each need a healthcheck")
    if text.count("condition: service_healthy") < 2:
        errors.append("newsstream must depend on a healthy broker and registry")
    for needle in ("NEWSSTREAM_SCHEMA_REGISTRY_URL: http://registry:", "NEWSSTREAM_HTTP_PORT:", "\"9092:9092\""):
        if needle not in text:
            errors.append(f"expected {needle!r}")


def main(path):
    text = open(path, encoding="utf-8").read()
    errors = []
    if "\t" in text:
        errors.append("tabs are not allowed in YAML")
    doc = load(text)
    if doc is None:
        check_lines(text, errors)
    else:
        check_parsed(doc, errors)
    if errors:
        print(f"{path}: " + "; ".join(errors))
        return 1
    print(f"{path}: ok ({'parsed' if doc is not None else 'line-based'} check)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
