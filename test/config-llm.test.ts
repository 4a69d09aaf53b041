import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENAI_MODEL, loadLlmConfig } from '../src/config.ts';

describe('loadLlmConfig', () => {
  it('when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set (or they are blank), then there is no endpoint', () => {
    expect(loadLlmConfig({}).endpoint).toBeUndefined();
    expect(loadLlmConfig({ OPENAI_API_KEY: '  ', OPENAI_MODEL: 'gpt-4o' }).endpoint).toBeUndefined();
  });

  it('when only OPENAI_API_KEY is set, then OpenAI is used with the default model, detection and an 8 s timeout', () => {
    expect(loadLlmConfig({ OPENAI_API_KEY: 'sk-1' }).endpoint).toEqual({
      apiKey: 'sk-1',
      model: DEFAULT_OPENAI_MODEL,
      responseFormat: 'detect',
      timeoutMs: 8000,
    });
  });

  it('when OPENAI_BASE_URL is set without a key (Ollama, vLLM), then the endpoint is keyless', () => {
    const { endpoint } = loadLlmConfig({
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_MODEL: 'qwen2.5:7b',
      LLM_JSON_MODE: 'TRUE',
      LLM_TIMEOUT_MS: '20000',
    });
    expect(endpoint).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'qwen2.5:7b',
      responseFormat: 'json',
      timeoutMs: 20000,
    });
    expect(loadLlmConfig({ OPENAI_API_KEY: 'k', LLM_JSON_MODE: 'false' }).endpoint?.responseFormat).toBe('structured');
  });

  it.each([
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' }, /^OPENAI_MODEL is required when OPENAI_BASE_URL is set/],
    [{ OPENAI_BASE_URL: 'localhost:8000' }, /^OPENAI_BASE_URL must be a URL/],
    [{ OPENAI_API_KEY: 'k', LLM_TIMEOUT_MS: 'soon' }, /^LLM_TIMEOUT_MS /],
    [{ OPENAI_API_KEY: 'k', LLM_JSON_MODE: 'yes' }, /^LLM_JSON_MODE must be true, false or auto/],
  ])('when the settings are %j, then one line names the variable', (env, message) => {
    expect(() => loadLlmConfig(env)).toThrow(message);
  });
});
