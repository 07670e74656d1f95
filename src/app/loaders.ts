export { createLoaders, type Loaders } from './modules';
