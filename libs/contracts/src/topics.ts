/** One topic per service context. The version is the topic's envelope generation, not a contract's. */
export const TOPICS = {
  sopCatalogue: 'jejak.sop-catalogue.v1',
  letters: 'jejak.letters.v1',
  compliance: 'jejak.compliance.v1',
  permitting: 'jejak.permitting.v1',
  training: 'jejak.training.v1',
  danaBergulir: 'jejak.dana-bergulir.v1',
} as const;

export const SOURCES = {
  sopCatalogue: '/jejak/sop-catalogue',
  letters: '/jejak/letters',
  compliance: '/jejak/compliance',
  danaBergulir: '/jejak/dana-bergulir',
  permitting: '/jejak/permitting',
  training: '/jejak/training',
} as const;
