// zod with Chinese default messages, for every schema of the contract.
import { z } from 'zod';

z.config(z.locales.zhCN());

export { z };
