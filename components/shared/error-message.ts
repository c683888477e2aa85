/** The plain message of anything thrown (background failures arrive as MessagingError). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
