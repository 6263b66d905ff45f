import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type LogArgs = [unknown, ...unknown[]];
type Log = (...args: LogArgs) => void;

/**
 * Fastify gives every request a child logger carrying its request id. Making one is a pino child
 * and a pass over the redaction paths, about 6 KB of garbage per request, for a logger most requests
 * never write to (request logging is off; refusals and failures log one line). This stands in for
 * it and makes the real child on the request's first log line, with the same bindings.
 */
export class LazyChildLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options?: ChildOptions,
  ) {}

  get level(): FastifyBaseLogger['level'] {
    return this.#child?.level ?? this.parent.level;
  }

  set level(level: FastifyBaseLogger['level']) {
    this.real.level = level;
  }

  fatal(...args: LogArgs): void {
    (this.real.fatal as Log)(...args);
  }

  error(...args: LogArgs): void {
    (this.real.error as Log)(...args);
  }

  warn(...args: LogArgs): void {
    (this.real.warn as Log)(...args);
  }

  info(...args: LogArgs): void {
    (this.real.info as Log)(...args);
  }

  debug(...args: LogArgs): void {
    (this.real.debug as Log)(...args);
  }

  trace(...args: LogArgs): void {
    (this.real.trace as Log)(...args);
  }

  silent(...args: LogArgs): void {
    (this.real.silent as Log)(...args);
  }

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }

  private get real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }
}
