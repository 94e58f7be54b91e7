# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .part_create_params import PartCreateParams as PartCreateParams
from .upload_part import UploadPart as UploadPart
