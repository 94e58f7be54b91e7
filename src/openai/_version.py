__title__ = "openai"
__version__ = "1.102.0"
