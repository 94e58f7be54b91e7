"""Optional dependencies behind extras (see `_common`); the official package's module path."""

from .numpy_proxy import has_numpy as has_numpy
from .numpy_proxy import numpy as numpy
from .pandas_proxy import pandas as pandas
from .sounddevice_proxy import sounddevice as sounddevice
