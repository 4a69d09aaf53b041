/** Where and how to ask an LLM; `endpoint` is absent when none is configured, and the rules analyser is used. */
export interface LlmConfig {
  readonly endpoint?: {
    /** Absent for keyless local servers such as Ollama or vLLM. */
    readonly apiKey?: string;
    /** Absent for OpenAI itself. */
    readonly baseUrl?: string;
    readonly model: string;
    /** 'json' always uses JSON mode; 'structured' always structured outputs; 'detect' falls back to JSON mode on a 400. */
    readonly responseFormat: 'structured' | 'json' | 'detect';
    readonly timeoutMs: number;
  };
}
