import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { TrainingModule } from './training.module';
import { TRAINING_SERVICE } from './training.service';

runService(TRAINING_SERVICE, (options) => TrainingModule.forRoot(options));
