import { assertNever, illegalState, notFound, validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { generateSchedule, isCalendarDate } from '@jejak/loan-schedule';
import { allocatePayment, applyAllocation, outstandingTotal } from './loan.allocation';
import type { LoanCommand } from './loan.commands';
import type { LoanEvent } from './loan.events';
import { applicantErrors, LOAN_LIMITS, personalErrors, requestErrors } from './loan.rules';
import type { LoanState } from './loan.state';

const invalid = (errors: DomainErrorDetail[]) => validationError('LOAN_INVALID', 'Data pinjaman tidak valid', errors);

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: LoanCommand, state: LoanState): LoanEvent[] {
  switch (command.type) {
    case 'ProposeLoan': {
      if (state.stage !== 'none') throw illegalState('LOAN_ALREADY_EXISTS', `pinjaman ${command.id} sudah ada`);
      const errors = [
        ...(command.product ? [] : [{ field: 'productId', message: `Produk pinjaman tidak memiliki versi yang berlaku pada ${command.receivedOn}` }]),
        ...applicantErrors(command.applicant),
        ...personalErrors(command.personal),
        ...requestErrors(command, command.product?.terms ?? null),
      ];
      if (errors.length || !command.product) throw invalid(errors);
      const { applicant, personal } = command;
      return [
        {
          type: 'LoanProposed',
          data: {
            id: command.id,
            tenant: command.tenant,
            product: command.product,
            receivedOn: command.receivedOn,
            applicant: { kind: applicant.kind, number: applicant.number.trim(), name: applicant.name.trim() },
            personal: { nik: personal.nik.trim(), name: personal.name.trim(), address: personal.address.trim() },
            amount: command.amount,
            purpose: command.purpose.trim(),
            collateral: command.collateral.trim(),
            at: command.at,
          },
        },
      ];
    }
    case 'ReturnProposalIncomplete': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'submitted') throw illegalState('LOAN_NOT_AWAITING_CHECK', 'Usulan ini tidak sedang menunggu pemeriksaan kelengkapan');
      const missing = command.missing.map((m) => m.trim()).filter(Boolean);
      if (missing.length === 0 || missing.length > LOAN_LIMITS.missingItems || missing.some((m) => m.length > LOAN_LIMITS.missingItem)) {
        throw invalid([{ field: 'missing', message: `Sebutkan 1–${LOAN_LIMITS.missingItems} kekurangan (masing-masing paling banyak ${LOAN_LIMITS.missingItem} karakter)` }]);
      }
      if (command.note.length > LOAN_LIMITS.note) throw invalid([{ field: 'note', message: `Catatan paling banyak ${LOAN_LIMITS.note} karakter` }]);
      return [{ type: 'ProposalReturnedIncomplete', data: { missing, note: command.note.trim(), at: command.at } }];
    }
    case 'ResubmitProposal': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'incomplete') throw illegalState('LOAN_NOT_INCOMPLETE', 'Hanya usulan yang dikembalikan karena tidak lengkap yang dapat diajukan ulang');
      const errors = requestErrors(command, state.product.terms);
      if (!errors.length && command.receivedOn < state.receivedOn) errors.push({ field: 'receivedOn', message: `Tanggal terima tidak boleh sebelum usulan pertama (${state.receivedOn})` });
      if (errors.length) throw invalid(errors);
      return [
        {
          type: 'ProposalResubmitted',
          data: { receivedOn: command.receivedOn, amount: command.amount, purpose: command.purpose.trim(), collateral: command.collateral.trim(), at: command.at },
        },
      ];
    }
    case 'AcceptProposalComplete': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'submitted') throw illegalState('LOAN_NOT_AWAITING_CHECK', 'Usulan ini tidak sedang menunggu pemeriksaan kelengkapan');
      if (command.note.length > LOAN_LIMITS.note) throw invalid([{ field: 'note', message: `Catatan paling banyak ${LOAN_LIMITS.note} karakter` }]);
      return [{ type: 'ProposalAcceptedComplete', data: { note: command.note.trim(), at: command.at } }];
    }
    case 'RecordVerification': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'awaiting_verification') throw illegalState('LOAN_NOT_AWAITING_VERIFICATION', 'Usulan ini tidak sedang menunggu verifikasi lapangan');
      const team = command.team.map((t) => t.trim()).filter(Boolean);
      const errors: DomainErrorDetail[] = [];
      if (team.length === 0 || team.length > LOAN_LIMITS.team) errors.push({ field: 'team', message: `Sebutkan 1–${LOAN_LIMITS.team} anggota tim verifikasi` });
      if (!isCalendarDate(command.reportDate)) errors.push({ field: 'reportDate', message: 'Tanggal laporan harus tanggal kalender YYYY-MM-DD' });
      else if (command.reportDate < state.receivedOn) errors.push({ field: 'reportDate', message: `Tanggal laporan tidak boleh sebelum usulan diterima (${state.receivedOn})` });
      const amount = command.recommendedAmount;
      if (command.recommendation === 'reduce') {
        if (amount === null || !Number.isSafeInteger(amount) || amount <= 0 || amount >= state.amount) {
          errors.push({ field: 'recommendedAmount', message: `Jumlah yang direkomendasikan harus lebih dari 0 dan kurang dari jumlah usulan (${state.amount})` });
        }
      } else if (amount !== null) {
        errors.push({ field: 'recommendedAmount', message: 'Jumlah rekomendasi hanya diisi untuk rekomendasi "reduce"' });
      }
      if (command.note.length > LOAN_LIMITS.note) errors.push({ field: 'note', message: `Catatan paling banyak ${LOAN_LIMITS.note} karakter` });
      if (errors.length) throw invalid(errors);
      const recommendedAmount = command.recommendation === 'approve' ? state.amount : command.recommendation === 'reduce' ? amount : null;
      return [{ type: 'VerificationRecorded', data: { team, reportDate: command.reportDate, recommendation: command.recommendation, recommendedAmount, note: command.note.trim(), at: command.at } }];
    }
    case 'ApproveLoan': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'verified') throw illegalState('LOAN_NOT_VERIFIED', 'Hanya usulan yang direkomendasikan hasil verifikasi yang dapat ditetapkan');
      const skNumber = command.skNumber.trim();
      const errors: DomainErrorDetail[] = [];
      if (!skNumber || skNumber.length > LOAN_LIMITS.skNumber) errors.push({ field: 'skNumber', message: `Nomor SK wajib diisi (paling banyak ${LOAN_LIMITS.skNumber} karakter)` });
      if (!isCalendarDate(command.skDate)) errors.push({ field: 'skDate', message: 'Tanggal SK harus tanggal kalender YYYY-MM-DD' });
      else if (command.skDate < state.verification.reportDate) errors.push({ field: 'skDate', message: `Tanggal SK tidak boleh sebelum laporan verifikasi (${state.verification.reportDate})` });
      if (!Number.isSafeInteger(command.approvedAmount) || command.approvedAmount <= 0 || command.approvedAmount > state.recommendedAmount) {
        errors.push({ field: 'approvedAmount', message: `Jumlah yang ditetapkan harus lebih dari 0 dan paling banyak rekomendasi verifikasi (${state.recommendedAmount})` });
      }
      if (errors.length) throw invalid(errors);
      return [{ type: 'LoanApproved', data: { skNumber, skDate: command.skDate, approvedAmount: command.approvedAmount, at: command.at } }];
    }
    case 'DisburseLoan': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'approved') throw illegalState('LOAN_NOT_APPROVED', 'Hanya pinjaman yang sudah ditetapkan dan belum disalurkan yang dapat disalurkan');
      const bankReference = command.bankReference.trim();
      const errors: DomainErrorDetail[] = [];
      if (!isCalendarDate(command.disbursedOn)) errors.push({ field: 'disbursedOn', message: 'Tanggal pencairan harus tanggal kalender YYYY-MM-DD' });
      else if (command.disbursedOn < state.sk.date) errors.push({ field: 'disbursedOn', message: `Tanggal pencairan tidak boleh sebelum tanggal SK (${state.sk.date})` });
      if (!bankReference || bankReference.length > LOAN_LIMITS.bankReference) errors.push({ field: 'bankReference', message: `Referensi Bank Pelaksana wajib diisi (paling banyak ${LOAN_LIMITS.bankReference} karakter)` });
      if (errors.length) throw invalid(errors);
      const t = state.product.terms;
      const schedule = generateSchedule({
        principal: state.approvedAmount,
        annualRatePercent: t.jasaRatePercent,
        termMonths: t.termMonths,
        method: t.method,
        frequency: t.frequency,
        grace: t.grace,
        startDate: command.disbursedOn,
      });
      return [{ type: 'LoanDisbursed', data: { disbursedOn: command.disbursedOn, bankReference, amount: state.approvedAmount, scheduleVersion: 1, schedule: schedule.installments, at: command.at } }];
    }
    case 'RecordRepayment': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
      if (state.stage !== 'active') throw illegalState('LOAN_NOT_ACTIVE', 'Angsuran hanya dapat dicatat untuk pinjaman yang sudah disalurkan dan belum lunas');
      const bankReference = command.bankReference.trim();
      const outstanding = outstandingTotal(state.schedule, state.paid);
      const errors: DomainErrorDetail[] = [];
      if (!isCalendarDate(command.paidOn)) errors.push({ field: 'paidOn', message: 'Tanggal bayar harus tanggal kalender YYYY-MM-DD' });
      else if (command.paidOn < state.disbursedOn) errors.push({ field: 'paidOn', message: `Tanggal bayar tidak boleh sebelum pencairan (${state.disbursedOn})` });
      if (!Number.isSafeInteger(command.amount) || command.amount <= 0) errors.push({ field: 'amount', message: 'Jumlah bayar harus bilangan bulat rupiah lebih dari 0' });
      else if (command.amount > outstanding) errors.push({ field: 'amount', message: `Jumlah bayar melebihi sisa kewajiban (${outstanding})` });
      if (!bankReference || bankReference.length > LOAN_LIMITS.bankReference) errors.push({ field: 'bankReference', message: `Referensi baris rekening koran wajib diisi (paling banyak ${LOAN_LIMITS.bankReference} karakter)` });
      if (errors.length) throw invalid(errors);
      if (state.bankReferences.includes(bankReference)) {
        throw validationError('LOAN_REPAYMENT_DUPLICATE', 'Baris rekening koran ini sudah dicatat', [{ field: 'bankReference', message: `Referensi ${bankReference} sudah dicatat untuk pinjaman ini` }]);
      }
      const allocation = allocatePayment(command.amount, state.schedule, state.paid, state.product.terms.allocationOrder);
      const events: LoanEvent[] = [{ type: 'RepaymentRecorded', data: { paidOn: command.paidOn, amount: command.amount, bankReference, allocation, at: command.at } }];
      if (outstandingTotal(state.schedule, applyAllocation(state.paid, allocation)) === 0) events.push({ type: 'LoanSettled', data: { settledOn: command.paidOn, at: command.at } });
      return events;
    }
    default:
      return assertNever(command, 'loan command');
  }
}
