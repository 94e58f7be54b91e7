# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Sequence, TYPE_CHECKING, Tuple, Union
from typing_extensions import TypedDict

if TYPE_CHECKING:
    from websockets.extensions import ClientExtensionFactory  # pyright: ignore[reportMissingImports]
    from websockets.typing import Subprotocol  # pyright: ignore[reportMissingImports]


__all__ = ["WebsocketConnectionOptions"]


class WebsocketConnectionOptions(TypedDict, total=False):
    compression: Optional[str]
    extensions: Optional[Sequence["ClientExtensionFactory"]]
    max_queue: Optional[Union[int, Tuple[Optional[int], Optional[int]]]]
    max_size: Optional[int]
    subprotocols: Optional[Sequence["Subprotocol"]]
    write_limit: Union[int, Tuple[int, Optional[int]]]
