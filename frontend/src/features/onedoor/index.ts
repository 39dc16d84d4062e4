/** One door (一门受理): routes, menu and task screens are registered in src/app; nothing else is exported. */
export { oneDoorRoutes } from './routes';
export { oneDoorNavItems } from './nav';
export { oneDoorTaskForms } from './task-forms';
