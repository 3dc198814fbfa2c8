import { assertNever } from '@jejak/domain-kit';
import type { SuratMasukEvent } from './surat-masuk.events';
import type { Disposisi, SuratMasuk, SuratMasukState } from './surat-masuk.state';

export function evolveSuratMasuk(state: SuratMasukState, event: SuratMasukEvent): SuratMasukState {
  switch (event.type) {
    case 'SuratMasukRegistered': {
      const { routedTo, ...record } = event.data;
      return { stage: 'open', surat: { ...record, holder: routedTo, holderReadAt: null, dispositions: [] } };
    }
    case 'SuratMasukRead':
      return mapSurat(state, (surat) => ({ ...surat, holderReadAt: event.data.readAt }));
    case 'SuratMasukLinkedToSopCase':
      return mapSurat(state, (surat) => ({ ...surat, sopCase: event.data.sopCase }));
    case 'DisposisiSent': {
      const { letterId: _letterId, sopCase: _sopCase, ...sent } = event.data;
      const disposisi: Disposisi = { ...sent, readAt: null, followedUpAt: null, followUps: 0, closedAt: null };
      return mapSurat(state, (surat) => ({ ...surat, dispositions: [...surat.dispositions, disposisi] }));
    }
    case 'DisposisiAcknowledged':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({ ...d, readAt: event.data.readAt }));
    case 'DisposisiFollowedUp':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({
        ...d,
        followedUpAt: d.followedUpAt ?? event.data.followedUpAt,
        followUps: d.followUps + 1,
      }));
    case 'DisposisiClosed':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({ ...d, closedAt: event.data.closedAt }));
    case 'SuratMasukClosed':
      return state.stage === 'open' ? { stage: 'closed', surat: state.surat, closedBy: event.data.by, closedAt: event.data.closedAt } : state;
    default:
      return assertNever(event, 'event');
  }
}

function mapSurat(state: SuratMasukState, change: (surat: SuratMasuk) => SuratMasuk): SuratMasukState {
  switch (state.stage) {
    case 'unregistered':
      return state;
    case 'open':
    case 'closed':
      return { ...state, surat: change(state.surat) };
    default:
      return assertNever(state, 'state');
  }
}

function mapDisposisi(state: SuratMasukState, disposisiId: string, change: (d: Disposisi) => Disposisi): SuratMasukState {
  return mapSurat(state, (surat) => ({
    ...surat,
    dispositions: surat.dispositions.map((d) => (d.disposisiId === disposisiId ? change(d) : d)),
  }));
}
