import { relaunch } from './relaunch';

describe('relaunch', () => {
  it('tries again until a launch succeeds, and resolves with it', async () => {
    let attempts = 0;
    const launch = async (): Promise<string> => {
      if (++attempts < 3) throw new Error(`port in use (${attempts})`);
      return 'launched';
    };
    await expect(relaunch(launch)).resolves.toBe('launched');
    expect(attempts).toBe(3);
  });

  it('rejects with the fifth failure', async () => {
    let attempts = 0;
    const launch = (): Promise<never> => Promise.reject(new Error(`port in use (${++attempts})`));
    await expect(relaunch(launch)).rejects.toThrow('port in use (5)');
    expect(attempts).toBe(5);
  });
});
