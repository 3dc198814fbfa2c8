import { MyQueuesHandler } from './queries/my-queues/my-queues.handler';
import { MyQueuesHttpController } from './queries/my-queues/my-queues.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

/** SRIKANDI-style work queues of the signed-in user. */
export const queuesSlice: ServiceSlice = {
  controllers: [
    MyQueuesHttpController,
  ],
  providers: [
    MyQueuesHandler,
  ],
};
