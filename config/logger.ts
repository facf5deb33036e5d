import { loggerSettings } from '../src/bootstrap/config/logger-settings';

export default loggerSettings(process.env);
