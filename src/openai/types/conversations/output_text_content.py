# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from .container_file_citation_body import ContainerFileCitationBody
from .file_citation_body import FileCitationBody
from .lob_prob import LobProb
from .url_citation_body import URLCitationBody


__all__ = ["Annotation", "OutputTextContent"]


Annotation: TypeAlias = Annotated[
    Union[FileCitationBody, URLCitationBody, ContainerFileCitationBody], PropertyInfo(discriminator="type")
]


class OutputTextContent(BaseModel):
    annotations: List[Annotation]
    text: str
    type: Literal["output_text"]
    logprobs: Optional[List[LobProb]] = None
