"""Azure OpenAI: the same client API against an Azure resource."""

from openai import AzureOpenAI

client = AzureOpenAI(api_version="2024-10-21")  # AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY from the env

completion = client.chat.completions.create(
    model="my-gpt-4o-deployment",  # the deployment name
    messages=[{"role": "user", "content": "Say hello"}],
)
print(completion.choices[0].message.content)
