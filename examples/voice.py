"""Speak a sentence, then record five seconds of your voice and transcribe it.

Needs the voice helpers: `pip install 'openai[voice_helpers]'` (numpy and sounddevice, which
uses the PortAudio library) and a speaker and a microphone.
"""

import asyncio

from openai import AsyncOpenAI
from openai.helpers import LocalAudioPlayer, Microphone


async def speak(client: AsyncOpenAI) -> None:
    # `pcm` is 24 kHz 16-bit mono samples without a header: what the player plays as it arrives.
    async with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="coral",
        input="Say something after the beep. You have five seconds.",
        response_format="pcm",
    ) as response:
        await LocalAudioPlayer().play(response)


async def listen(client: AsyncOpenAI) -> None:
    recording = await Microphone(timeout=5).record()  # ("audio.wav", <BytesIO>, "audio/wav")
    transcription = await client.audio.transcriptions.create(model="gpt-4o-transcribe", file=recording)
    print(transcription.text)


async def main() -> None:
    client = AsyncOpenAI()
    await speak(client)
    await listen(client)


if __name__ == "__main__":
    asyncio.run(main())
