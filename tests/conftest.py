"""Hypothesis profiles: `ci` (default, quick) and `thorough` (HYPOTHESIS_PROFILE=thorough)."""

import atexit
import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

# The default registry's compiled form (ascc_model._cache) goes to a folder of this run,
# not to the user's cache folder; tests/test_cache.py covers the default location.
if "ASCC_MODEL_CACHE" not in os.environ:
    _cache_dir = tempfile.mkdtemp(prefix="ascc-model-test-cache-")
    atexit.register(shutil.rmtree, _cache_dir, ignore_errors=True)
    os.environ["ASCC_MODEL_CACHE"] = _cache_dir

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,  # the 2-core CI machine is noisy; speed lives in benchmarks/
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
