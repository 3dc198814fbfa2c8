import { BadRequestException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { DomainError, forbidden, illegalState, notFound, validationError } from '@jejak/domain-kit';
import { ProblemException } from './problem.exception';
import { toProblem, type ProblemContext } from './problem.mapper';

const context: ProblemContext = { instance: '/sops/1', method: 'PUT', hasIfMatch: false, correlationId: 'c-1' };

describe('toProblem', () => {
  it('maps domain error kinds to statuses, keeping code, message and details', () => {
    const v = toProblem(validationError('SOP_INCOMPLETE', 'SOP belum lengkap.', [{ field: 'steps[3].pelaksana', message: 'wajib diisi' }, { message: 'umum' }]), context);
    expect(v.problem).toEqual({
      type: 'urn:jejak:problem:sop-incomplete',
      title: 'Permintaan tidak valid',
      status: 400,
      detail: 'SOP belum lengkap.',
      instance: '/sops/1',
      code: 'SOP_INCOMPLETE',
      errors: [{ field: 'steps[3].pelaksana', message: 'wajib diisi' }, { message: 'umum' }],
      correlationId: 'c-1',
    });
    expect(toProblem(forbidden('NOT_YOURS', 'x'), context).problem.status).toBe(403);
    expect(toProblem(notFound('SOP_NOT_FOUND', 'x'), context).problem.status).toBe(404);
    expect(toProblem(illegalState('SOP_APPROVED', 'x'), context).problem.status).toBe(409);
  });

  it('maps concurrency to 409, or 412 when the request carried If-Match', () => {
    const error = new DomainError('concurrency', 'WRONG_EXPECTED_REVISION', 'stream sop-1: expected revision 2, actual 3');
    expect(toProblem(error, context).problem).toMatchObject({ status: 409, code: 'WRONG_EXPECTED_REVISION' });
    expect(toProblem(error, { ...context, hasIfMatch: true }).problem).toMatchObject({ status: 412, title: 'Versi data tidak sesuai' });
  });

  it('keeps the status of Nest HTTP exceptions, replacing English defaults with Indonesian', () => {
    expect(toProblem(new ForbiddenException(), context).problem).toMatchObject({ status: 403, code: 'FORBIDDEN', title: 'Akses ditolak' });
    expect(toProblem(new ForbiddenException(), context).problem.detail).toContain('tidak memiliki hak');
    expect(toProblem(new BadRequestException('Tanggal tidak valid'), context).problem).toMatchObject({ status: 400, detail: 'Tanggal tidak valid', code: 'BAD_REQUEST' });
    expect(toProblem(new BadRequestException(['a salah', 'b salah']), context).problem.errors).toEqual([{ message: 'a salah' }, { message: 'b salah' }]);
    expect(toProblem(new NotFoundException('Cannot PUT /sops/1'), context).problem).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
    expect(toProblem(new HttpException('Too many', 429), context).problem).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
  });

  it('uses a ProblemException as given, with its headers', () => {
    const mapped = toProblem(new ProblemException({ status: 401, code: 'TOKEN_EXPIRED', detail: 'kedaluwarsa', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }), context);
    expect(mapped.problem).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED', detail: 'kedaluwarsa', title: 'Autentikasi diperlukan' });
    expect(mapped.headers).toEqual({ 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  });

  it('adds WWW-Authenticate to any 401', () => {
    expect(toProblem(new HttpException('no', 401), context).headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
  });

  it('keeps exposed 4xx errors of body parsers, hides everything else behind a 500', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large' });
    expect(toProblem(tooLarge, context)).toMatchObject({ problem: { status: 413, code: 'PAYLOAD_TOO_LARGE' }, unexpected: false });
    const internal = toProblem(new Error('connection to 10.0.0.5 refused'), context);
    expect(internal.unexpected).toBe(true);
    expect(internal.problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', title: 'Terjadi kesalahan pada server' });
    expect(JSON.stringify(internal.problem)).not.toContain('10.0.0.5');
    const hidden = toProblem(Object.assign(new Error('x'), { status: 500, expose: false }), context);
    expect(hidden.problem.status).toBe(500);
  });
});
