/**
 * The one error envelope every server part answers with: the seed's `{error_code, error_msg}` (seed 9.1),
 * plus `request_id` as the API gateway adds it.
 */
export interface ErrorEnvelope {
  error_code: string;
  error_msg: string;
  request_id?: string;
}

/** A failure with an HTTP status and a seed-style code (FSS.xxxx, APIGW.xxxx, or the console's FGC.xxxx). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toEnvelope(requestId?: string): ErrorEnvelope {
    return requestId
      ? { error_code: this.code, error_msg: this.message, request_id: requestId }
      : { error_code: this.code, error_msg: this.message };
  }
}
