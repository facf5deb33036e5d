import { loggerSettings } from '../src/config/logger-settings';

export default loggerSettings(process.env);
