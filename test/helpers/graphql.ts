export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; fields?: Record<string, string>; [key: string]: unknown };
}

/** A refusal as a client sees it: `extensions.code` and `extensions.reason` of the first error. */
export interface Refusal {
  code: string | undefined;
  reason: unknown;
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  /** The response's `extensions` (its cost among them). */
  extensions?: Record<string, unknown>;
  headers: Headers;
}

/** A small GraphQL-over-HTTP client for tests (fetch against the real server). */
export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly token?: string,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as {
      data?: T | null;
      errors?: GraphQLErrorShape[];
      extensions?: Record<string, unknown>;
    };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      extensions: body.extensions,
      headers: res.headers,
    };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || res.data === null) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
    }
    return res.data;
  }

  /** Runs an operation that must fail; returns the first error's code and reason. */
  async refusal(query: string, variables: Record<string, unknown> = {}): Promise<Refusal> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return { code: res.errors[0].extensions?.code, reason: res.errors[0].extensions?.reason };
  }

  /** Runs an operation that must fail; returns the first error's code. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    return (await this.refusal(query, variables)).code;
  }
}
