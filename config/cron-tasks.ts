import { cronTasks } from '../src/jobs/cron-tasks';

export default cronTasks;
