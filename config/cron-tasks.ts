import { cronTasks } from '../src/scheduling/tasks';

export default cronTasks;
