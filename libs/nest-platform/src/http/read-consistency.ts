import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  applyDecorators,
  Inject,
  Injectable,
  Optional,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { comparePositions, type LogPosition } from '@jejak/event-store';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { ProblemDetailsSchema } from '../docs/problem-details.schema';
import { problemBody } from '../docs/problem-examples';
import type { NextFunction, PlatformRequest, PlatformResponse } from './http-types';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { ProblemException } from './problem.exception';
import { currentRequestSignal } from './request-signal';

/** Response header of a write: the global log position of the last event it appended. */
export const POSITION_HEADER = 'X-Jejak-Position';
/** Request header of a read: answer only from a read model that has projected at least this position. */
export const MIN_POSITION_HEADER = 'X-Jejak-Min-Position';
/** How long a read waits for its read model by default (`MIN_POSITION_WAIT_MS` overrides it). */
export const DEFAULT_MIN_POSITION_WAIT_MS = 2_000;
/** Seconds a client is told to wait (`Retry-After`) when the read model has not caught up. */
export const MIN_POSITION_RETRY_AFTER_SECONDS = 1;

const POSITION = /^(0|[1-9]\d{0,19})\.(0|[1-9]\d{0,19})$/;
const MAX_PART = 2n ** 64n - 1n;

/** The wire form of a log position: `<commit>.<prepare>`, e.g. `7421.15` (opaque to clients; compare only through the server). */
export function formatPosition(position: LogPosition): string {
  return `${position.commit}.${position.prepare}`;
}

function invalidMinPosition(): ProblemException {
  const message = `Header ${MIN_POSITION_HEADER} harus berisi satu posisi seperti yang dikirim header ${POSITION_HEADER} pada jawaban penulisan, misalnya 7421.15.`;
  return new ProblemException({ status: 400, code: 'INVALID_MIN_POSITION', detail: message, errors: [{ field: MIN_POSITION_HEADER, message }] });
}

/** Strict parse of a wire position; undefined when it is not exactly `<digits>.<digits>` within 64 bits. */
export function parsePosition(text: string): LogPosition | undefined {
  const match = POSITION.exec(text);
  if (!match) return undefined;
  const commit = BigInt(match[1]);
  const prepare = BigInt(match[2]);
  if (commit > MAX_PART || prepare > MAX_PART) return undefined;
  return { commit, prepare };
}

/** `X-Jejak-Min-Position`: undefined when absent; exactly one well-formed position, else a 400 naming the header. */
export function parseMinPosition(header: string | string[] | undefined): LogPosition | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw invalidMinPosition();
    header = header[0];
  }
  const position = parsePosition(header.trim());
  if (!position) throw invalidMinPosition();
  return position;
}

/** `MIN_POSITION_WAIT_MS` (a non-negative integer of milliseconds, at most 10 000), else the default. */
export function minPositionWaitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MIN_POSITION_WAIT_MS;
  if (raw === undefined || raw === '') return DEFAULT_MIN_POSITION_WAIT_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0 || value > 10_000) {
    throw new Error(`MIN_POSITION_WAIT_MS must be an integer of milliseconds from 0 to 10000, got ${JSON.stringify(raw)}`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Writes: the position of what a request appended.

interface WriteReceipt {
  position?: LogPosition;
}

const receipts = new AsyncLocalStorage<WriteReceipt>();
const RECEIPT = Symbol('jejak.writeReceipt');

/** Gives every request a write receipt that `recordWritePosition` fills (CommandPipeline, after each append). */
export function createWriteReceiptMiddleware() {
  return (req: PlatformRequest, _res: PlatformResponse, next: NextFunction): void => {
    const receipt: WriteReceipt = {};
    (req as PlatformRequest & { [RECEIPT]?: WriteReceipt })[RECEIPT] = receipt;
    receipts.run(receipt, next);
  };
}

/** Notes that the request being served appended up to `position` (keeps the highest). No-op outside a request. */
export function recordWritePosition(position: LogPosition | null | undefined): void {
  const receipt = receipts.getStore();
  if (!receipt || !position) return;
  if (!receipt.position || comparePositions(position, receipt.position) > 0) receipt.position = position;
}

/** The highest position the request being served appended, if any. */
export function currentWritePosition(): LogPosition | undefined {
  return receipts.getStore()?.position;
}

/**
 * Global: on a response to a request that appended events, sets `X-Jejak-Position` and, when the JSON
 * body is an object that carries a numeric `revision`, adds `position` (the same wire string).
 */
@Injectable()
export class WritePositionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<PlatformRequest & { [RECEIPT]?: WriteReceipt }>();
    const res = http.getResponse<PlatformResponse>();
    return next.handle().pipe(
      map((body: unknown) => {
        const position = req[RECEIPT]?.position;
        if (!position) return body;
        const wire = formatPosition(position);
        if (!res.headersSent) res.setHeader(POSITION_HEADER, wire);
        if (isRevisionBody(body) && !('position' in body)) return { ...body, position: wire };
        return body;
      }),
    );
  }
}

function isRevisionBody(body: unknown): body is Record<string, unknown> & { revision: number } {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { revision?: unknown }).revision === 'number'
    && Object.getPrototypeOf(body) === Object.prototype;
}

// ---------------------------------------------------------------------------------------------
// Reads: wait for the read model.

/** How far the read model serving a service's reads has projected (its projection's checkpoint). */
export interface ReadModelCheckpoint {
  /** The checkpoint; undefined when nothing was projected yet. */
  position(): Promise<LogPosition | undefined>;
}

/** Provided by the service (`serviceInfrastructure` in @jejak/service-kit): the read model's checkpoint. */
export const READ_MODEL_CHECKPOINT = Symbol('jejak.readModelCheckpoint');

export interface AwaitPositionOptions {
  waitMs: number;
  /** Between two checkpoint reads; default 20 ms. */
  pollMs?: number;
  signal?: AbortSignal;
}

/** True as soon as the checkpoint reaches `min`; false when `waitMs` passed (or the signal fired) first. */
export async function awaitCheckpoint(checkpoint: ReadModelCheckpoint, min: LogPosition, options: AwaitPositionOptions): Promise<boolean> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const at = await checkpoint.position();
    if (at && comparePositions(at, min) >= 0) return true;
    const left = deadline - Date.now();
    if (left <= 0 || options.signal?.aborted) return false;
    await sleep(Math.min(options.pollMs ?? 20, left));
  }
}

/** The 425 a read answers when its read model has not reached the asked position in time. */
export function readModelBehind(min: LogPosition, at: LogPosition | undefined): ProblemException {
  const detail = `Data yang Anda minta belum memuat perubahan terakhir Anda (posisi ${formatPosition(min)}; tampilan baru sampai posisi ${at ? formatPosition(at) : 'awal'}). `
    + `Ulangi permintaan yang sama dalam ${MIN_POSITION_RETRY_AFTER_SECONDS} detik.`;
  return new ProblemException({
    status: 425,
    code: 'READ_MODEL_BEHIND',
    title: 'Tampilan data belum mutakhir',
    detail,
    headers: { 'Retry-After': String(MIN_POSITION_RETRY_AFTER_SECONDS) },
  });
}

/**
 * Per route (see `@ReadsAtLeastPosition()`): with `X-Jejak-Min-Position`, waits (bounded) until the
 * service's read model has projected that position, then lets the read run; when it has not caught up
 * in time, a 425 `READ_MODEL_BEHIND` with `Retry-After`. Never answers from a read model that is behind.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  private readonly waitMs = minPositionWaitFromEnv();

  constructor(@Optional() @Inject(READ_MODEL_CHECKPOINT) private readonly checkpoint?: ReadModelCheckpoint) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<PlatformRequest>();
    const min = parseMinPosition(req.headers[MIN_POSITION_HEADER.toLowerCase()]);
    if (!min) return next.handle();
    const checkpoint = this.checkpoint;
    if (!checkpoint) throw new Error(`${MIN_POSITION_HEADER} was sent but the service provides no READ_MODEL_CHECKPOINT`);
    return from(this.ensure(checkpoint, min)).pipe(mergeMap(() => next.handle()));
  }

  private async ensure(checkpoint: ReadModelCheckpoint, min: LogPosition): Promise<void> {
    if (await awaitCheckpoint(checkpoint, min, { waitMs: this.waitMs, signal: currentRequestSignal() })) return;
    throw readModelBehind(min, await checkpoint.position());
  }
}

/**
 * A read that honours `X-Jejak-Min-Position` (read your own writes): the interceptor and its OpenAPI
 * (the header and the 425 problem).
 */
export function ReadsAtLeastPosition(): MethodDecorator {
  const example = readModelBehind({ commit: 7421n, prepare: 15n }, { commit: 7420n, prepare: 9n }).problem;
  return applyDecorators(
    UseInterceptors(MinPositionInterceptor),
    ApiExtraModels(ProblemDetailsSchema),
    ApiHeader({
      name: MIN_POSITION_HEADER,
      required: false,
      description: `Answer only once the read model shows every write up to this position: the ${POSITION_HEADER} header (or \`position\` field) of a write response, e.g. 7421.15. `
        + 'The read waits up to 2 s (MIN_POSITION_WAIT_MS), then answers 425 READ_MODEL_BEHIND with Retry-After.',
    }),
    ApiResponse({
      status: 425,
      description: 'READ_MODEL_BEHIND: the read model has not yet projected the position asked for; retry after Retry-After seconds',
      headers: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: MIN_POSITION_RETRY_AFTER_SECONDS } } },
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: getSchemaPath(ProblemDetailsSchema) },
          examples: { READ_MODEL_BEHIND: { summary: 'READ_MODEL_BEHIND', value: problemBody({ status: 425, code: example.code, title: example.title, detail: example.detail }, '/') } },
        },
      },
    }),
  );
}
